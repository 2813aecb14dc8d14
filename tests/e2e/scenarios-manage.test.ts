// A saved scenario renamed and deleted by the planner who saved it (issue 13).
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, screenshot, signIn } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** A second planner, to check that only the author may change a scenario. */
const COLLEAGUE = { email: 'collegue@hub-du-sud.test', password: 'un autre mot de passe' };
function addColleague() {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/user-add.ts', COLLEAGUE.email, '--nom', 'Collègue'],
		{
			env: {
				...process.env,
				MAILLAGE_ACCOUNTS_DB: join(process.cwd(), 'tests', '.tmp', 'comptes.sqlite'),
				MAILLAGE_PASSWORD: COLLEAGUE.password
			},
			encoding: 'utf8'
		}
	);
	expect(r.status, r.stderr).toBe(0);
}

const api = (page: Page, path: string, method: string, data?: unknown) =>
	page.request.fetch(baseURL + path, {
		method,
		headers: { origin: baseURL, 'content-type': 'application/json' },
		data: data === undefined ? undefined : JSON.stringify(data)
	});

describe('saved scenario: rename and delete', () => {
	it('its author renames it, everyone sees the new name, a colleague cannot touch it, its author deletes it', async () => {
		const page: Page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
		await signIn(page, baseURL + '/territoire/04/scenarios', /\/territoire\/04\/scenarios$/);
		const nom = `Test e2e ${Date.now()}`;
		await page.getByTestId('nom-scenario').fill(nom);
		const saving = page.waitForResponse((r) => r.url().endsWith('/api/scenarios/enregistrer'));
		await page.getByTestId('enregistrer-scenario').click();
		const { id } = (await (await saving).json()) as { id: number };
		await page.getByTestId('scenarios-enregistres').getByRole('link', { name: nom }).click();
		// the read-only link carries a random token; the scenario's number opens nothing
		await page.waitForURL(/\/territoire\/04\/scenarios\/[0-9a-f]{24}$/);
		const url = page.url();
		const jeton = /([0-9a-f]{24})$/.exec(url)![1];
		expect((await fetch(`${baseURL}/territoire/04/scenarios/${id}`)).status).toBe(404);
		expect((await fetch(`${baseURL}/imprimer/scenario.pdf?lien=${id}`)).status).toBe(400);

		// Rename on the shared page.
		const gestion = page.getByTestId('scenario-gestion');
		await gestion.getByText('Renommer', { exact: true }).click();
		await gestion.getByLabel('Nouveau nom').fill('x');
		await gestion.getByRole('button', { name: 'Enregistrer le nom' }).click();
		// the browser checks the length first; the server's French message backs it
		expect(await page.locator('h1').innerText()).toBe(nom);
		const renamed = `${nom} renommé`;
		await gestion.getByLabel('Nouveau nom').fill(renamed);
		await gestion.getByRole('button', { name: 'Enregistrer le nom' }).click();
		await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Scénario renommé/);
		expect(await page.locator('h1').innerText()).toBe(renamed);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'scenario-manage-1366');

		// The API: French errors, never a 500.
		expect((await api(page, `/api/scenarios/${id}`, 'PATCH', { nom: 'x' })).status()).toBe(400);
		const bad = await api(page, `/api/scenarios/${id}`, 'PATCH', { nom: 'x' });
		expect((await bad.json()).error).toMatch(/Champ « nom » invalide/);
		expect((await api(page, `/api/scenarios/${id}`, 'PATCH', 'pas du json')).status()).toBe(400);
		expect((await api(page, '/api/scenarios/999999999', 'PATCH', { nom: 'Autre' })).status()).toBe(
			404
		);
		expect((await api(page, '/api/scenarios/abc', 'DELETE')).status()).toBe(404);
		const visitor = await fetch(`${baseURL}/api/scenarios/${id}`, { method: 'DELETE' });
		expect(visitor.status).toBe(401);
		expect((await visitor.json()).error).toMatch(/Connexion requise/);

		// Anyone with the link sees the new name, without the controls.
		const anon = await browser.newPage();
		await anon.goto(url);
		expect(await anon.locator('h1').innerText()).toBe(renamed);
		expect(await anon.getByTestId('scenario-gestion').count()).toBe(0);

		// Another planner sees no controls and is refused by the API.
		addColleague();
		await anon.goto(baseURL + '/connexion?suite=' + encodeURIComponent(new URL(url).pathname));
		await anon.getByLabel('Adresse électronique').fill(COLLEAGUE.email);
		await anon.getByLabel('Mot de passe').fill(COLLEAGUE.password);
		await anon.getByRole('button', { name: 'Se connecter' }).click();
		await anon.waitForURL((u) => u.pathname !== '/connexion');
		await anon.goto(url);
		expect(await anon.getByTestId('scenario-gestion').count()).toBe(0);
		const refused = await api(anon, `/api/scenarios/${id}`, 'DELETE');
		expect(refused.status()).toBe(403);
		expect((await refused.json()).error).toMatch(/seul son auteur/);
		await anon.close();

		// The author deletes it, after saying so twice.
		await gestion.getByText('Supprimer', { exact: true }).click();
		await gestion.getByRole('button', { name: 'Supprimer définitivement ce scénario' }).click();
		await page.waitForURL((u) => u.pathname === '/territoire/04/scenarios');
		expect(await page.getByTestId('scenarios-enregistres').count()).toBeLessThanOrEqual(1);
		if (await page.getByTestId('scenarios-enregistres').count())
			expect(await page.getByTestId('scenarios-enregistres').innerText()).not.toContain(renamed);

		// The link now gives the French 404 page.
		const gone = await page.goto(url);
		expect(gone?.status()).toBe(404);
		expect(await page.locator('main').innerText()).toMatch(
			/Page introuvable[\s\S]*Scénario introuvable/
		);
		expect((await fetch(`${baseURL}/imprimer/scenario.pdf?lien=${jeton}`)).status).toBe(404);
		await page.close();
	});
});
