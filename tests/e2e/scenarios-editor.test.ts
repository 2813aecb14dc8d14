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

	it('suggests three sites', async () => {
		await page.getByTestId('suggerer').click();
		await expect.poll(() => page.getByTestId('suggestions').locator('li').count()).toBe(3);
	});

	it('answers 404 for a région', async () => {
		const r = await page.goto(baseURL + '/territoire/R93/scenarios');
		expect(r?.status()).toBe(404);
	});
});
