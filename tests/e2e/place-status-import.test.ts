// Status files (issue 13): `npm run import -- --type statut` and the planner upload, with undo.
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, screenshot, signIn } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const dbPath = inject('dbPath');
const browser = useBrowser();

/** The CCAS of Manosque, by its Aidants Connect record (stable across rebuilds). */
const CCAS = '2200,aidants-connect-2024';
/** A note of this run only (the database is kept between runs with E2E_REUSE_DB). */
const NOTE = `Poste maintenu - test e2e ${Date.now()}`;
/** A day within the next 12 months, as the planner's list counts them, in both file formats. */
const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const soonFr = soon.split('-').reverse().join('/');

const dir = mkdtempSync(join(tmpdir(), 'maillage-statut-'));
const write = (name: string, rows: string[]) => {
	const path = join(dir, name);
	writeFileSync(
		path,
		['lieu_id,lieu_source_id,source,statut,fin_financement,note', ...rows].join('\n')
	);
	return path;
};
const good = write('statuts.csv', [`,${CCAS},menacé,${soonFr},${NOTE}`]);
const bad = write('statuts-faux.csv', [
	`,${CCAS},menacé,${soon},`,
	'999999999,,,actif,,',
	`,${CCAS},perdu,,`,
	`,${CCAS},actif,31/02/2027,`
]);

const echeances = async (page: Page) => {
	await page.goto(baseURL + '/planificateur/echeances?departement=04');
	return page.locator('main').innerText();
};

describe('status files', () => {
	it('npm run import names the file, line and field of each bad row and writes nothing', () => {
		const r = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/import.ts', bad, '--type', 'statut'],
			{ env: { ...process.env, MAILLAGE_DB: dbPath }, encoding: 'utf8' }
		);
		expect(r.status).toBe(1);
		expect(r.stdout).toMatch(/Import de statuts-faux\.csv \(type statut/);
		expect(r.stdout).toMatch(
			/statuts-faux\.csv:3 lieu_id — erreur : Lieu n° 999999999 introuvable dans la base/
		);
		expect(r.stdout).toMatch(/statuts-faux\.csv:4 statut — erreur : Statut « perdu » inconnu/);
		expect(r.stdout).toMatch(
			/statuts-faux\.csv:5 fin_financement — erreur : Date « 31\/02\/2027 »/
		);
		expect(r.stdout).toMatch(/3 ligne\(s\) rejetée\(s\) : rien n’a été écrit/);
	});

	it('uploads: the preview locates the errors; a good file is listed among the end dates; undo removes it', async () => {
		const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await signIn(page, baseURL + '/planificateur/import', /\/planificateur\/import$/);
		await page.getByLabel('Type de fichier').selectOption('statut');
		await page.getByLabel('Fichier', { exact: true }).setInputFiles(bad);
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		const preview = page.getByTestId('import-preview');
		await preview.waitFor();
		const text = await preview.innerText();
		expect(text).toMatch(/3 lignes rejetées/);
		expect(text).toMatch(/4\s+statut\s+rejetée\s+Statut « perdu » inconnu/);
		expect(text).toMatch(/5\s+fin_financement\s+rejetée\s+Date « 31\/02\/2027 » invalide/);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'import-statut-preview');

		await page.goto(baseURL + '/planificateur/import');
		await page.getByLabel('Type de fichier').selectOption('statut');
		await page.getByLabel('Fichier', { exact: true }).setInputFiles(good);
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		await page.getByTestId('import-preview').waitFor();
		await page.getByRole('button', { name: 'Confirmer l’import' }).click();
		const done = page.getByTestId('import-done');
		await done.waitFor();
		const doneText = await done.innerText();
		expect(doneText).toMatch(/1 mises à jour/);
		const id = Number(/Import n° (\d+) appliqué/.exec(doneText)?.[1]);
		expect(id).toBeGreaterThan(0);

		const listed = await echeances(page);
		expect(listed).toMatch(new RegExp(`CCAS de Manosque[\\s\\S]*?menacé\\s+${NOTE}`));

		await page.goto(baseURL + '/planificateur');
		expect(await page.getByTestId('imports').innerText()).toMatch(
			new RegExp(`${id}[\\s\\S]*statuts\\.csv\\s+statut`)
		);
		await page.getByRole('button', { name: `Annuler l’import n° ${id}` }).click();
		await expect.poll(() => page.getByRole('status').innerText()).toMatch(/annulé/);
		expect(await echeances(page)).not.toContain(NOTE);
		await page.close();
		rmSync(dir, { recursive: true, force: true });
	});
});
