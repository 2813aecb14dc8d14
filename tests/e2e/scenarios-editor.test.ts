import { beforeAll, describe, expect, inject, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { useBrowser } from './context';
import { PLANNER } from './global-setup';

const baseURL = inject('baseURL');
const dbPath = inject('dbPath');
const browser = useBrowser();
let page: Page;

/** The Espace collaboratif équitable of Malijai, whose funding the 04 COPIL says ends in October. */
function eceMalijai(): number {
	const db = new Database(dbPath, { readonly: true });
	try {
		return db
			.prepare<
				[],
				number
			>("SELECT id FROM lieux WHERE nom = 'Espace Collaboratif Equitable' AND code_insee = '04108'")
			.pluck()
			.get()!;
	} finally {
		db.close();
	}
}

interface Place {
	code: string;
	nom: string;
	lat: number;
	lon: number;
}

/** The 04's zones blanches today (10 km, all kinds) and each commune's point, from the app's APIs. */
async function zonesBlanches04(): Promise<Place[]> {
	const r = await page.request.post(baseURL + '/api/scenarios/evaluer', {
		data: { territoire: '04' }
	});
	const codes: string[] = (await r.json()).zonesBlanches.after;
	const carte = await (await page.request.get(baseURL + '/api/territoires/04/carte')).json();
	return (carte.communes.features as { properties: Place }[])
		.map((f) => f.properties)
		.filter((c) => codes.includes(c.code))
		.map(({ code, nom, lat, lon }) => ({ code, nom, lat, lon }));
}

/** Click the scenario map at a point, once it is drawn. */
async function clickMap(at: { lat: number; lon: number }) {
	const map = page.getByTestId('scenario-map');
	await expect.poll(() => map.getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
	await map.scrollIntoViewIfNeeded();
	const box = (await map.boundingBox())!;
	const [x, y] = await map.evaluate(
		(el, lonLat) => {
			const p = (
				el as unknown as { maplibreMap: { project(l: number[]): { x: number; y: number } } }
			).maplibreMap.project(lonLat);
			return [p.x, p.y];
		},
		[at.lon, at.lat]
	);
	await page.mouse.click(box.x + x, box.y + y);
}

/** The « Après » cell of a commune in the table of the communes that change. */
const afterOf = (nom: string) =>
	page
		.getByTestId('scenario-changes')
		.locator('tbody tr', { has: page.getByRole('rowheader', { name: nom, exact: true }) })
		.locator('td')
		.nth(2)
		.innerText();

const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
});

describe('scenario editor', () => {
	it('is for signed-in planners only', async () => {
		await page.goto(baseURL + '/territoire/04/scenarios');
		expect(new URL(page.url()).pathname).toBe('/connexion');
		await page.getByLabel('Adresse électronique').fill(PLANNER.email);
		await page.getByLabel('Mot de passe').fill(PLANNER.password);
		await page.getByRole('button', { name: /connecter/i }).click();
		await page.waitForURL((u) => u.pathname === '/territoire/04/scenarios');
	});

	it('records a funding end date on a place, listed among the next 12 months’ end dates', async () => {
		const id = eceMalijai();
		await page.goto(`${baseURL}/planificateur/lieux/${id}/statut`);
		await page.getByLabel('Statut').selectOption('menace');
		await page.getByLabel('Fin du financement ou du contrat').fill(inDays(60));
		await page
			.getByLabel('Note')
			// a new note each run: the same values again are refused as no change (E2E_REUSE_DB)
			.fill(`Test e2e ${Date.now()} : financement jusqu’en octobre (COPIL du 21 janvier 2026).`);
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Statut enregistré/);
		await page.goto(`${baseURL}/planificateur/echeances?departement=04`);
		const list = await page.getByTestId('echeances-epci').first().innerText();
		expect(list).toContain('Espace Collaboratif Equitable');
		expect(list).toContain('menacé');
	});

	it('switches off the places whose funding ends, adds a France services at Oraison and updates the figures', async () => {
		await page.goto(baseURL + '/territoire/04/scenarios');
		const summary = page.getByTestId('scenario-summary');
		await expect.poll(() => summary.innerText()).toMatch(/0 lieu\(x\) retiré\(s\)/);
		await page.getByTestId('fin-avant').fill(inDays(365));
		await page.getByTestId('retirer-avant').click();
		await expect.poll(() => summary.innerText()).toMatch(/1 lieu\(x\) retiré\(s\)/);
		await page.getByTestId('type-site').selectOption('france-services');
		await page.getByTestId('commune-site').fill('Oraison (04143)');
		await page.getByTestId('ajouter-site').click();
		await expect.poll(() => summary.innerText()).toMatch(/1 site\(s\) ajouté\(s\)/);
		await expect
			.poll(() => page.getByTestId('scenario-changes').locator('tbody tr').count())
			.toBeGreaterThan(0);
		expect(await page.getByTestId('scenario-figures').innerText()).toMatch(/Zones blanches/);
		await screenshot(page, 'scenarios-04-copil');
	});

	it('changes the threshold and recomputes', async () => {
		const summary = page.getByTestId('scenario-summary');
		const before = await summary.innerText();
		await page.getByTestId('seuil').fill('5');
		await expect.poll(() => summary.innerText()).not.toBe(before);
	});

	it('suggests three sites, each with its gain and the communes it covers', async () => {
		await page.getByTestId('suggerer').click();
		const box = page.getByTestId('suggestions');
		await expect.poll(() => box.locator('li').count()).toBe(3);
		expect(await box.locator('li').first().innerText()).toMatch(
			/\+[\d  ]+ habitants[\s\S]*couvre : \S/
		);
	});

	it('suggests the stops of one bus from one base, and adds that bus to the scenario', async () => {
		await page.goto(baseURL + '/territoire/04/scenarios');
		const summary = page.getByTestId('scenario-summary');
		const count = async () => Number(/· (\d+) zones blanches/.exec(await summary.innerText())![1]);
		await page.getByTestId('seuil').fill('5');
		await expect.poll(count).toBeGreaterThan(4);
		const before = await count();
		await page.getByTestId('mode-bus').check();
		await page.getByTestId('nombre-suggestions').fill('2');
		await page.getByTestId('portee-bus').fill('30');
		await page.getByTestId('suggerer').click();
		const box = page.getByTestId('suggestions');
		await expect.poll(() => box.innerText()).toMatch(/Base du bus : .+ · arrêts à 30 km au plus/);
		expect(await box.locator('li').count()).toBe(2);
		expect(await box.innerText()).toMatch(/km de la base/);
		await page.getByTestId('ajouter-bus-suggere').click();
		await expect
			.poll(() => page.getByTestId('sites-ajoutes').innerText())
			.toMatch(/arrêts : .+\(jours à préciser\) ; .+\(jours à préciser\)/);
		// each stop was a zone blanche today; a bus counts in the communes it stops in
		await expect.poll(count).toBe(before - 2);
	});

	it('places a site where the map is clicked, in the commune under the click, and recomputes', async () => {
		const [zb] = await zonesBlanches04();
		await page.goto(baseURL + '/territoire/04/scenarios');
		const summary = page.getByTestId('scenario-summary');
		await expect.poll(() => summary.innerText()).toMatch(/0 site\(s\) ajouté\(s\)/);
		const before = Number(/· (\d+) zones blanches/.exec(await summary.innerText())![1]);
		expect(await page.getByText('Un clic sur la carte ajoute un site').count()).toBe(1);
		const sent = page.waitForRequest((r) => r.url().endsWith('/api/scenarios/evaluer'));
		await clickMap(zb);
		const body = (await sent).postDataJSON();
		expect(body.ajouter[0]).toMatchObject({ type: 'france-services', commune: zb.code });
		expect(body.ajouter[0].lat).toBeCloseTo(zb.lat, 2);
		expect(body.ajouter[0].lon).toBeCloseTo(zb.lon, 2);
		await expect.poll(() => summary.innerText()).toMatch(/1 site\(s\) ajouté\(s\)/);
		expect(await page.getByTestId('sites-ajoutes').innerText()).toContain(`près de ${zb.nom}`);
		// the site count shows at once, the recomputed figures when the evaluation answers
		const count = async () => Number(/· (\d+) zones blanches/.exec(await summary.innerText())![1]);
		await expect.poll(count).toBeLessThan(before);
		expect(await afterOf(zb.nom)).not.toMatch(/zone blanche/);
	});

	it('adds a bus with two stops and their days, by the list and by the map', async () => {
		const [, a, b] = await zonesBlanches04();
		await page.goto(baseURL + '/territoire/04/scenarios');
		await page.getByTestId('forme-bus').check();
		await page.getByTestId('arret-commune').fill(`${a.nom} (${a.code})`);
		await page.getByTestId('jour-lundi').check();
		await page.getByTestId('jour-jeudi').check();
		await page.getByTestId('ajouter-arret').click();
		await page.getByTestId('jour-lundi').uncheck();
		await page.getByTestId('jour-jeudi').uncheck();
		await page.getByTestId('jour-mardi').check();
		await clickMap(b);
		await expect
			.poll(() => page.getByTestId('bus-arrets').innerText())
			.toMatch(new RegExp(`${b.nom} : mardi`));
		await page.getByTestId('ajouter-bus').click();
		const summary = page.getByTestId('scenario-summary');
		await expect.poll(() => summary.innerText()).toMatch(/1 site\(s\) ajouté\(s\)/);
		expect(await page.getByTestId('sites-ajoutes').innerText()).toContain(
			`arrêts : ${a.nom} (lundi et jeudi) ; ${b.nom} (mardi)`
		);
		// a bus counts in the communes it stops in: both leave the zones blanches
		await expect.poll(() => afterOf(a.nom)).not.toMatch(/zone blanche/);
		expect(await afterOf(b.nom)).not.toMatch(/zone blanche/);
		for (const width of [1440, 360]) {
			await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
			await page.getByTestId('scenario-map').scrollIntoViewIfNeeded();
			await screenshot(page, `scenarios-04-bus-${width}`);
		}
		await page.setViewportSize({ width: 1366, height: 900 });

		// saved, its read-only page lists the stops and their days and draws the map
		const nom = `Bus e2e ${Date.now()}`;
		await page.getByTestId('nom-scenario').fill(nom);
		await page.getByTestId('enregistrer-scenario').click();
		await page.getByTestId('scenarios-enregistres').getByRole('link', { name: nom }).click();
		await page.waitForURL(/\/territoire\/04\/scenarios\/[0-9a-f]{24}$/);
		expect(await page.getByTestId('scenario-ajoutes').innerText()).toContain(
			`${a.nom} (lundi et jeudi) ; ${b.nom} (mardi)`
		);
		await expect
			.poll(() => page.getByTestId('scenario-map').getAttribute('data-ready'), { timeout: 30_000 })
			.toBe('true');
	});

	it('answers 404 for a région', async () => {
		const r = await page.goto(baseURL + '/territoire/R93/scenarios');
		expect(r?.status()).toBe(404);
	});
});
