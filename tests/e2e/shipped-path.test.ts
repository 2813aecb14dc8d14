// The README's path, as a person meets it: `npm start` (no ORIGIN, no settings) opened at
// http://localhost:PORT. Sign-in, the print studio's preview and downloads and the planner upload
// are same-origin form posts: they must not be refused as cross-site, and the printed link must
// be the address the person used.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signIn } from './browser';
import { useBrowser } from './context';
import { PLANNER } from './global-setup';

// The address `npm start` prints is localhost; the suite's other files use 127.0.0.1.
const local = inject('baseURL').replace('127.0.0.1', 'localhost');
const dir = join(process.cwd(), 'tests', '.tmp', 'shipped');
const browser = useBrowser();
beforeAll(() => mkdirSync(dir, { recursive: true }));

describe('the npm start path at http://localhost', () => {
	it('accepts a same-origin form post and still refuses a cross-site one', async () => {
		const form = (origin: string) =>
			fetch(local + '/connexion', {
				method: 'POST',
				redirect: 'manual',
				headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
				body: `email=${encodeURIComponent(PLANNER.email)}&password=faux`
			});
		expect((await form(local)).status).not.toBe(403);
		expect((await form(local.replace('localhost', '127.0.0.1'))).status).toBe(403);
		expect((await form('https://evil.example')).status).toBe(403);
	});

	it('sends nosniff on static files too', async () => {
		const r = await fetch(local + '/favicon.svg');
		expect(r.status).toBe(200);
		expect(r.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('signs in, previews and downloads a print, and uploads a file', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await signIn(page, local + '/connexion', /\/planificateur$/);
		// A signed-in planner's unreadable form (truncated multipart, text/plain) is a 400, never a 500.
		for (const action of [
			'/planificateur?/annuler',
			'/planificateur/import?/previsualiser',
			'/planificateur/import?/confirmer'
		])
			for (const type of ['multipart/form-data; boundary=x', 'text/plain']) {
				const r = await context.request.post(local + action, {
					headers: { origin: local, 'content-type': type, accept: 'application/json' },
					data: '--x\r\nContent-Disposition: form-data; name="id"\r\n\r\n1'
				});
				expect(r.status(), `${action} ${type}`).toBeLessThan(500);
			}

		await page.goto(local + '/imprimer');
		const preview = page.getByRole('region', { name: 'Aperçu' }).locator('img');
		await preview.waitFor({ timeout: 30_000 });
		expect(await preview.getAttribute('src')).toMatch(/^blob:/);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Imprimer (PDF)' }).click()
		]);
		const pdf = join(dir, 'carte.pdf');
		await download.saveAs(pdf);
		const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
		// The printed address is the one the person used, over http, not https://…
		expect(text).toContain(local.replace(/^http:\/\//, ''));
		expect(text).not.toContain('https://localhost');

		await page.goto(local + '/planificateur/import');
		await page.getByLabel('Type de fichier').selectOption('lieux');
		await page
			.getByLabel('Fichier', { exact: true })
			.setInputFiles(join(process.cwd(), 'tests/fixtures/import-messy/lieux-problemes.csv'));
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		await page.getByTestId('import-preview').waitFor();
		expect(await page.getByTestId('import-preview').innerText()).toMatch(/Aperçu/);
		await context.close();
	});
});
