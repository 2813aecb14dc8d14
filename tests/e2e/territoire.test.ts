import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, trackExternalRequests } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function openTerritory(path: string): Promise<{ page: Page; external: string[] }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	const external = trackExternalRequests(page);
	await page.goto(baseURL + path);
	await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
	return { page, external };
}

describe('the map of Alpes-de-Haute-Provence', () => {
	it('opens from / and shows the map canvas and the summary figures', async () => {
		const { page, external } = await openTerritory('/');
		expect(new URL(page.url()).pathname).toBe('/territoire/04');
		await expect(page.locator('h1').innerText()).resolves.toContain('Alpes-de-Haute-Provence');
		const summary = await page.getByTestId('summary').innerText();
		expect(summary).toMatch(/198\s+communes/);
		expect(summary).toMatch(/6,71\s+sur 10/);
		expect(summary).toMatch(/France services : 16\s*\(dont 1 itinérant\)/);
		const canvas = page.locator('[data-testid="map"] canvas');
		await expect(canvas.count()).resolves.toBe(1);
		const box = await canvas.boundingBox();
		expect(box?.width).toBeGreaterThan(400);
		// The map really painted communes: rendered features exist for the fill layer.
		const rendered = await page.evaluate(() => {
			const c = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
			const gl = c.getContext('webgl2') ?? c.getContext('webgl');
			if (!gl) return { distinct: 0 };
			const px = new Uint8Array(4 * 64);
			const colours = new Set<string>();
			for (let i = 0; i < 8; i++)
				for (let j = 0; j < 8; j++) {
					gl.readPixels(
						Math.floor((c.width * (i + 1)) / 9),
						Math.floor((c.height * (j + 1)) / 9),
						1,
						1,
						gl.RGBA,
						gl.UNSIGNED_BYTE,
						px
					);
					colours.add(`${px[0]},${px[1]},${px[2]}`);
				}
			return { distinct: colours.size };
		});
		expect(rendered.distinct).toBeGreaterThan(3);
		await screenshot(page, 'territoire-04');
		expect(external).toEqual([]);
		await page.close();
	});

	it('shows the legend with the département average and the sources with dates', async () => {
		const { page } = await openTerritory('/territoire/04');
		const legend = await page.getByRole('figure', { name: /Légende/ }).innerText();
		expect(legend).toContain('moyenne du département : 6,71');
		expect(legend).toMatch(/Source : Indice de Fragilité Numérique 2023.*2023/);
		const sources = await page
			.getByRole('region', { name: 'Sources' })
			.innerText()
			.catch(() => '');
		const text =
			sources || (await page.locator('section', { hasText: 'Sources' }).last().innerText());
		expect(text).toContain('Liste des structures France services');
		expect(text).toContain('1 août 2024');
		await page.close();
	});

	it('opens Allier and Landes the same way', async () => {
		for (const [code, nom, fs] of [
			['03', 'Allier', 24],
			['40', 'Landes', 20]
		] as const) {
			const { page } = await openTerritory(`/territoire/${code}`);
			await expect(page.locator('h1').innerText()).resolves.toContain(nom);
			const summary = await page.getByTestId('summary').innerText();
			expect(summary).toContain(`France services : ${fs}`);
			await screenshot(page, `territoire-${code}`);
			await page.close();
		}
	});
});
