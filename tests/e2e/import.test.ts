import { describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, screenshot, signIn } from './browser';
import { useBrowser } from './context';
import { PLANNER } from './global-setup';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Open the upload page as the planner (the sign-in form comes first). */
const signInToImport = (page: Page) =>
	signIn(page, baseURL + '/planificateur/import', /\/planificateur\/import$/);

describe('planner import', () => {
	it('keeps visitors out of the planner pages and the upload', async () => {
		const page = await browser.newPage();
		await page.goto(baseURL + '/planificateur/import');
		expect(new URL(page.url()).pathname).toBe('/connexion');
		const post = await fetch(baseURL + '/planificateur/import?/previsualiser', {
			method: 'POST',
			headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'type=lieux'
		});
		expect(post.status).toBe(401);
		// The same page spelt with an encoded letter is guarded too.
		const encoded = await fetch(baseURL + '/%70lanificateur?/annuler', {
			method: 'POST',
			headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'id=1'
		});
		expect(encoded.status).toBe(401);
		const forged = await fetch(baseURL + '/connexion', {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: `email=${PLANNER.email}&password=x`
		});
		expect(forged.status).toBe(403); // cross-site form post refused (CSRF)
		await page.close();
	});

	it('rejects a wrong password in French', async () => {
		const page = await browser.newPage();
		await page.goto(baseURL + '/connexion');
		expect(await axe(page)).toEqual([]);
		await page.getByLabel('Adresse électronique').fill(PLANNER.email);
		await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect
			.poll(() => page.getByRole('alert').innerText())
			.toBe('Adresse ou mot de passe incorrect.');
		await page.close();
	});

	it('signs in, previews a file with good and bad rows, confirms, sees the place, undoes', async () => {
		const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await signInToImport(page);
		const changes = async () =>
			Number(
				/journal de ([\d\s\u202f]+) changements/
					.exec(await page.getByTestId('db-size').innerText())?.[1]
					.replace(/\D/g, '')
			);
		// other tests' imports (a place's status, say) stand in the log: count from here
		await page.goto(baseURL + '/planificateur');
		const logged = await changes();
		await page.goto(baseURL + '/planificateur/import');
		const cookie = (await page.context().cookies()).find((c) => c.name === 'maillage_session');
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.sameSite).toBe('Strict');
		expect(await axe(page)).toEqual([]);

		await page.getByLabel('Type de fichier').selectOption('lieux');
		await page
			.getByLabel('Fichier', { exact: true })
			.setInputFiles(join(process.cwd(), 'tests/fixtures/import-messy/lieux-problemes.csv'));
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		const preview = page.getByTestId('import-preview');
		await preview.waitFor();
		const text = await preview.innerText();
		expect(text).toMatch(/Aperçu : rien n’a encore été écrit/);
		expect(text).toMatch(/\d+ lignes rejetées/);
		expect(text).toMatch(/rejetée/);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'import-preview');

		await page.getByLabel(/Importer quand même les lignes valides/).check();
		await page.getByRole('button', { name: 'Confirmer l’import' }).click();
		const done = page.getByTestId('import-done');
		await done.waitFor();
		const doneText = await done.innerText();
		const id = Number(/Import n° (\d+) appliqué/.exec(doneText)?.[1]);
		expect(id).toBeGreaterThan(0);

		// The new help point is found by residents, with its date.
		await page.goto(baseURL + '/trouver?commune=04061');
		const link = page.getByRole('link', { name: 'Espace numérique de Colmars' });
		await link.waitFor();
		await link.click();
		await page.waitForURL(/\/lieu\/\d+$/);
		expect(await page.locator('article').innerText()).toMatch(/1 avril 2025/);
		// …and on the map of the département.
		const carte = await (await fetch(baseURL + '/api/territoires/04/carte')).json();
		expect(
			carte.lieux.features.some(
				(f: { properties: { nom: string } }) => f.properties.nom === 'Espace numérique de Colmars'
			)
		).toBe(true);

		await page.goto(baseURL + '/planificateur');
		expect(await axe(page)).toEqual([]);
		// The planner view reports the size of the database and of the change log undo needs.
		expect(await page.getByTestId('db-size').innerText()).toMatch(/^Base de données : [\d,]+ Mo/);
		expect(await changes()).toBeGreaterThan(logged);
		await page.getByRole('button', { name: `Annuler l’import n° ${id}` }).click();
		await expect.poll(() => page.getByRole('status').innerText()).toMatch(/annulé/);
		// An undone import keeps no change log: the log is back to what it was before it.
		await expect.poll(changes).toBe(logged);
		const after = await (await fetch(baseURL + '/api/territoires/04/carte')).json();
		expect(
			after.lieux.features.some(
				(f: { properties: { nom: string } }) => f.properties.nom === 'Espace numérique de Colmars'
			)
		).toBe(false);
		await screenshot(page, 'planner-home');
		await page.close();
	});
});

describe('a table pasted from a roadmap PDF', () => {
	it('previews the header found, the columns read and the millésime warning; writes nothing before confirmation', async () => {
		const page: Page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
		await signInToImport(page);
		const stored = async () =>
			(await (await fetch(baseURL + '/api/communes/04070')).json()).indicateurs;
		const before = await stored();

		await page.getByLabel('Type de fichier').selectOption('ifn');
		await page
			.getByLabel('Fichier', { exact: true })
			.setInputFiles(join(process.cwd(), 'tests/fixtures/import-tables/ifn-feuille-de-route.csv'));
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		const preview = page.getByTestId('import-preview');
		await preview.waitFor();
		const reading = await page.getByTestId('import-reading').innerText();
		expect(reading).toMatch(/En-tête trouvé ligne 3/);
		expect(reading).toMatch(/Colonne « Commune » lue comme « code » d’après ses valeurs/);
		expect(reading).toMatch(/Ligne 11 ignorée \(total ou note sous le tableau\)/);
		expect(reading).toMatch(/« Forcalqier » lu comme Forcalquier \(04088\)/);
		expect(await page.getByTestId('import-millesime').innerText()).toMatch(
			/Autre millésime \?.*Indice de Fragilité Numérique 2023 \(communes\), La MedNum.*autre millésime ou autre méthode \?/s
		);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'import-preview-table-1440');
		expect(await stored()).toEqual(before);

		// Confirmed without ticking the replacement: refused, nothing written.
		await page.getByRole('button', { name: 'Confirmer l’import' }).click();
		const done = page.getByTestId('import-done');
		await done.waitFor();
		expect(await done.innerText()).toMatch(/Import non appliqué[\s\S]*--remplacer-millesime/);
		expect(await stored()).toEqual(before);
		await page.close();
	});
});

describe('an import killed mid-way (kill -9)', () => {
	const dbPath = inject('dbPath');
	const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
	const snapshot = async () => ({
		territoire: await (await fetch(baseURL + '/api/territoires/04')).json(),
		lieux: ((await (await fetch(baseURL + '/api/lieux.json?departement=04')).json()) as unknown[])
			.length
	});

	it('leaves the site up and the data as before the import', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'maillage-kill-'));
		const file = join(dir, 'gros-lieux.csv');
		const rows = [
			'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj'
		];
		for (let i = 0; i < 20_000; i++)
			rows.push(
				`kill-${i},Atelier numérique ${i},Digne-les-Bains,04000,04070,Place ${i},44.09,6.23,Accès internet et matériel informatique,2026-10-01`
			);
		writeFileSync(file, rows.join('\n') + '\n');
		const before = await snapshot();
		const wal = size(`${dbPath}-wal`);
		// `node --import tsx`: one process, so that SIGKILL hits the writer itself.
		const child = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/import.ts', file, '--type', 'lieux'],
			{ env: { ...process.env, MAILLAGE_DB: dbPath }, stdio: 'ignore' }
		);
		const exited = new Promise((r) => child.on('exit', r));
		// Kill once the transaction is writing: a rollback journal appears, or the WAL grows.
		const t0 = Date.now();
		while (Date.now() - t0 < 60_000) {
			if (existsSync(`${dbPath}-journal`) || size(`${dbPath}-wal`) > wal + 2_000_000) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		await new Promise((r) => setTimeout(r, 500));
		child.kill('SIGKILL');
		await exited;
		for (const path of ['/', '/territoire/04', '/api/territoires/04', '/trouver?q=04070'])
			expect((await fetch(baseURL + path)).status, path).toBe(200);
		expect(await snapshot()).toEqual(before);
		rmSync(dir, { recursive: true, force: true });
	}, 120_000);
});
