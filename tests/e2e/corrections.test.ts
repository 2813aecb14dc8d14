// Corrections from the field: a resident reports an error on a help point's card (with and
// without JavaScript), a planner accepts it in the inbox, the card and the national-schema export
// show the correction, and undo in the import history restores the previous values. A planner
// also edits a help point directly and marks it checked.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch, screenshot, signIn } from './browser';
import { formatDate } from '../../src/lib/labels';

const baseURL = inject('baseURL');
const dbPath = inject('dbPath');
let browser: Browser;
let planner: BrowserContext;

/** Two help points of the 04 with a phone number, a source record and no check yet. */
function places(): { id: number; telephone: string }[] {
	const db = new Database(dbPath, { readonly: true });
	try {
		return db
			.prepare(
				`SELECT l.id, l.telephone FROM lieux l JOIN lieux_sources s ON s.lieu = l.id AND s.source = l.source
				 WHERE l.departement = '04' AND l.telephone LIKE '+334%' AND l.itinerant = 0 AND l.verifie_le IS NULL
				 ORDER BY l.id LIMIT 2`
			)
			.all() as { id: number; telephone: string }[];
	} finally {
		db.close();
	}
}
let A: { id: number; telephone: string };
let B: { id: number; telephone: string };
/** "04 92 …" as the card writes a "+33492…" number. */
const national = (e164: string) => ('0' + e164.slice(3)).replace(/(\d\d)(?=\d)/g, '$1 ');

beforeAll(async () => {
	[A, B] = places();
	browser = await launch();
	planner = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await planner.newPage();
	await signIn(page, baseURL + '/connexion', /\/planificateur$/);
	await page.close();
});
afterAll(async () => {
	await browser?.close();
	// A failed run must not leave open reports: the next `db:build` would refuse to replace the file.
	const db = new Database(dbPath);
	db.prepare(
		"UPDATE signalements SET statut = 'ecarte', raison = 'test e2e' WHERE statut = 'ouvert'"
	).run();
	db.close();
});

/** Undo import `n` from the planner's history; resolves when the page says it is done. */
async function undo(page: Page, n: number) {
	await page.goto(baseURL + '/planificateur');
	await page.getByRole('button', { name: `Annuler l’import n° ${n}` }).click();
	await expect.poll(() => page.getByRole('status').innerText()).toMatch(/annulé/);
}
const importNumber = (message: string) => Number(/import n° (\d+)/.exec(message)?.[1]);

/** The inbox article of the report showing `text`. */
const reportCard = (page: Page, text: string | RegExp) =>
	page.getByTestId('report').filter({ hasText: text });

describe('a resident’s report, accepted by a planner', () => {
	it('is sent without JavaScript from the card, with a French error first', async () => {
		const resident = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 360, height: 780 }
		});
		const page = await resident.newPage();
		await page.goto(`${baseURL}/lieu/${A.id}`);
		await page.getByRole('link', { name: 'Signaler une erreur' }).click();
		await page.waitForURL(new RegExp(`/lieu/${A.id}/signaler$`));
		await screenshot(page, 'signaler-360');
		await page.getByLabel('Le numéro de téléphone est faux').check();
		await page.getByLabel('La bonne information, si vous la connaissez').fill('appelez la mairie');
		await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
		await expect
			.poll(() => page.locator('#valeur-erreur').innerText())
			.toMatch(/^Numéro non reconnu/);
		expect(await page.getByLabel('Le numéro de téléphone est faux').isChecked()).toBe(true);
		await page.getByLabel('La bonne information, si vous la connaissez').fill('04 92 99 88 77');
		await page.getByLabel('Précisions (facultatif)').fill('Le numéro a changé cette année.');
		await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
		await page.waitForURL(/\/signaler\?envoye/);
		expect(await page.getByTestId('report-sent').innerText()).toMatch(
			/Merci, votre signalement est envoyé/
		);
		await screenshot(page, 'signaler-merci-360');
		await resident.close();
	});

	it('is sent with JavaScript too, and passes axe (form and errors)', async () => {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(`${baseURL}/lieu/${A.id}/signaler`);
		expect(await axe(page)).toEqual([]);
		await page.getByLabel('Autre erreur').check();
		await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
		await expect
			.poll(() => page.locator('#message-erreur').innerText())
			.toBe('Dites en quelques mots ce qui ne va pas.');
		expect(await axe(page)).toEqual([]);
		await page.getByLabel('Les horaires sont faux').check();
		await page
			.getByLabel('La bonne information, si vous la connaissez')
			.fill('du lundi au vendredi de 9 h à 12 h');
		await screenshot(page, 'signaler-1440');
		await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
		await page.getByTestId('report-sent').waitFor();
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('refuses a cross-site post of the form', async () => {
		const r = await fetch(`${baseURL}/lieu/${A.id}/signaler`, {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'motif=ferme'
		});
		expect(r.status).toBe(403);
	});

	it('shows in the inbox; accepting it corrects the card and the export; undo restores them', async () => {
		const page = await planner.newPage();
		await page.goto(baseURL + '/planificateur/signalements?territoire=04');
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'signalements-1440');
		const phone = reportCard(page, '04 92 99 88 77');
		expect(await phone.innerText()).toContain(national(A.telephone)); // the current value
		const hours = reportCard(page, 'du lundi au vendredi de 9 h à 12 h');
		// hours in words cannot be applied as they stand: only « Modifier puis accepter »
		expect(await hours.getByRole('button', { name: 'Accepter' }).count()).toBe(0);
		expect(await hours.getByRole('link', { name: 'Modifier puis accepter' }).count()).toBe(1);
		const phonePage = await planner.newPage();
		await phonePage.setViewportSize({ width: 360, height: 780 });
		await phonePage.goto(baseURL + '/planificateur/signalements?territoire=04');
		await screenshot(phonePage, 'signalements-360');
		await reportCard(phonePage, '04 92 99 88 77').scrollIntoViewIfNeeded();
		await screenshot(phonePage, 'signalements-carte-360');
		await phonePage.close();

		await phone.getByRole('button', { name: 'Accepter' }).click();
		await expect.poll(() => page.getByRole('status').innerText()).toMatch(/corrigé/);
		const n = importNumber(await page.getByRole('status').innerText());
		expect(await reportCard(page, '04 92 99 88 77').count()).toBe(0);

		const card = await planner.newPage();
		await card.goto(`${baseURL}/lieu/${A.id}`);
		expect(await card.locator('body').innerText()).toContain('Téléphone : 04 92 99 88 77');
		const csv = await (await fetch(baseURL + '/api/lieux.csv?departement=04')).text();
		expect(csv).toContain('"+33492998877"');

		await page.goto(baseURL + '/planificateur');
		expect(await page.getByTestId('imports').innerText()).toMatch(
			/Signalement n° \d+ · .*\tcorrection/
		);
		await undo(page, n);
		await card.reload();
		expect(await card.locator('body').innerText()).toContain(
			`Téléphone : ${national(A.telephone)}`
		);
		expect(await (await fetch(baseURL + '/api/lieux.csv?departement=04')).text()).not.toContain(
			'+33492998877'
		);

		// Undoing the correction put the report back in the inbox: dismiss both, with a reason.
		await page.goto(baseURL + '/planificateur/signalements?territoire=04');
		for (const text of ['04 92 99 88 77', 'du lundi au vendredi de 9 h à 12 h']) {
			const r = reportCard(page, text);
			await r
				.getByLabel('Raison pour l’écarter')
				.fill('Vérifié par téléphone : la fiche est juste.');
			await r.getByRole('button', { name: 'Écarter' }).click();
			await expect.poll(() => page.getByRole('status').innerText()).toMatch(/écarté/);
			await expect.poll(() => reportCard(page, text).count()).toBe(0);
		}
		expect(await page.getByTestId('decided').innerText()).toMatch(
			/écarté le .* : Vérifié par téléphone/
		);
		await card.close();
		await page.close();
	});
});

describe('a planner’s edit of a help point', () => {
	it('answers an invalid value in French next to the field, then saves and marks it checked', async () => {
		const page = await planner.newPage();
		await page.goto(`${baseURL}/planificateur/lieux/${B.id}`);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'lieu-modifier-1440');
		await page.getByLabel('Téléphone').fill('12');
		await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
		await expect
			.poll(() => page.locator('#telephone-erreur').innerText())
			.toBe('Numéro de téléphone invalide « 12 ».');
		expect(await page.getByRole('alert').innerText()).toMatch(/Rien n’a été enregistré/);
		expect(await page.getByLabel('Téléphone').getAttribute('aria-invalid')).toBe('true');
		expect(await axe(page)).toEqual([]);
		await page.setViewportSize({ width: 360, height: 780 });
		await page.locator('#telephone-erreur').scrollIntoViewIfNeeded();
		await screenshot(page, 'lieu-modifier-erreur-360');
		await page.setViewportSize({ width: 1440, height: 900 });

		await page.getByLabel('Téléphone').fill('04 92 12 34 56');
		await page.getByLabel(/Je viens de vérifier ces informations/).check();
		await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toMatch(/corrigé et marqué comme vérifié/);
		const n = importNumber(await page.getByRole('status').innerText());
		const today = formatDate(new Date().toISOString().slice(0, 10));
		expect(await page.getByTestId('verified-state').innerText()).toBe(
			`Vérifié le ${today} par un planificateur.`
		);

		const card = await planner.newPage();
		await card.goto(`${baseURL}/lieu/${B.id}`);
		expect(await card.locator('body').innerText()).toContain('Téléphone : 04 92 12 34 56');
		expect(await card.getByTestId('verified').innerText()).toBe(
			`Vérifié le ${today} par un planificateur.`
		);
		expect(await card.getByTestId('stale').count()).toBe(0);
		await card.getByTestId('verified').scrollIntoViewIfNeeded();
		await screenshot(card, 'lieu-verifie-1440');

		await undo(page, n);
		await card.reload();
		expect(await card.locator('body').innerText()).toContain(
			`Téléphone : ${national(B.telephone)}`
		);
		expect(await card.getByTestId('verified').count()).toBe(0);
		await card.close();
		await page.close();
	});

	it('marks a help point checked in one click, undone like an import', async () => {
		const page = await planner.newPage();
		await page.goto(`${baseURL}/planificateur/lieux/${B.id}`);
		await page.getByRole('button', { name: 'Marquer comme vérifié aujourd’hui' }).click();
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toMatch(/marqué comme vérifié aujourd’hui/);
		const n = importNumber(await page.getByRole('status').innerText());
		await page.goto(baseURL + '/planificateur');
		expect(await page.getByTestId('imports').innerText()).toMatch(/\tverification\t/);
		await undo(page, n);
		await page.goto(`${baseURL}/lieu/${B.id}`);
		expect(await page.getByTestId('verified').count()).toBe(0);
		await page.close();
	});
});

describe('the report throttle', () => {
	it('answers 429 in French past 5 reports an hour from one address (robots count, unstored)', async () => {
		const post = () =>
			fetch(`${baseURL}/lieu/${A.id}/signaler`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: baseURL,
					accept: 'text/html', // as a browser without JavaScript sends it
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: 'motif=ferme&site_internet=http%3A%2F%2Fspam.example'
			});
		const big = await fetch(`${baseURL}/lieu/${A.id}/signaler`, {
			method: 'POST',
			headers: {
				origin: baseURL,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: `motif=autre&message=${'x'.repeat(30_000)}`
		});
		expect(big.status).toBe(413); // refused before it is read, and not counted
		let r = await post();
		for (let i = 0; i < 5 && r.status === 303; i++) r = await post();
		expect(r.status).toBe(429);
		expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await r.text()).toMatch(/réessayez dans \d+ minutes?/);
		const db = new Database(dbPath, { readonly: true });
		expect(
			db.prepare("SELECT count(*) FROM signalements WHERE statut = 'ouvert'").pluck().get()
		).toBe(0);
		db.close();
	});
});
