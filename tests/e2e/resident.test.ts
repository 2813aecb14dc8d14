import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

for (const [label, viewport] of [
	['phone 360 px', { width: 360, height: 780 }],
	['desktop', { width: 1280, height: 900 }]
] as const) {
	describe(`resident finder on ${label}`, () => {
		let page: Page;
		beforeAll(async () => {
			page = await browser.newPage({ viewport, hasTouch: viewport.width < 400 });
		});
		afterAll(() => page.close());

		it('finds help near Digne from a suggestion, with distances and opening state', async () => {
			await page.goto(baseURL + '/trouver');
			await page.locator('.box[data-ready="true"]').waitFor();
			expect(await axe(page)).toEqual([]);
			await page.getByLabel('Votre commune, code postal ou adresse').fill('digne');
			const option = page.getByRole('option', { name: /Digne-les-Bains/ });
			await option.waitFor();
			await option.click();
			await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('04070');
			const results = page.getByTestId('results');
			await results.waitFor();
			const items = results.locator('ol.results > li');
			expect(await items.count()).toBe(10);
			const first = await items.first().innerText();
			// a place in Digne reads as being there; elsewhere a distance
			expect(first).toMatch(/À Digne-les-Bains|À \d+( m|,\d km| km)/);
			expect(first).toMatch(
				/Ouvert maintenant|Fermé|Horaires non renseignés|Ouverture à confirmer|Jours et heures non publiés/
			);
			// Distances are sorted, nearest first.
			const metres = (await items.locator('.distance').allInnerTexts())
				.map((t) => /À ([\d,]+) (m|km)/.exec(t))
				.filter((m): m is RegExpExecArray => !!m)
				.map((m) => Number(m[1].replace(',', '.')) * (m[2] === 'km' ? 1000 : 1));
			expect(metres).toEqual([...metres].sort((a, b) => a - b));
			expect(await axe(page)).toEqual([]);
			await screenshot(page, `resident-digne-${viewport.width}`);
		});

		it('shows the results on an optional map, numbered as in the list', async () => {
			expect(await page.getByTestId('finder-map').count()).toBe(0); // list first, map on demand
			await page.getByRole('button', { name: 'Afficher la carte' }).click();
			await page
				.locator('[data-testid="finder-map"][data-ready="true"]')
				.waitFor({ timeout: 30_000 });
			expect(
				await page.getByRole('button', { name: 'Masquer la carte' }).getAttribute('aria-expanded')
			).toBe('true');
			await screenshot(page, `resident-map-${viewport.width}`);
			await page.getByRole('button', { name: 'Masquer la carte' }).click();
		});

		it('changes the list with the filters', async () => {
			const before = await page.locator('ol.results > li h3').allInnerTexts();
			const summary = page.locator('summary', { hasText: 'Préciser ma recherche' });
			await summary.click();
			await page.getByLabel('Faire une démarche administrative').check();
			await expect
				.poll(() => new URL(page.url()).searchParams.getAll('besoins'))
				.toEqual(['demarches']);
			await page.getByTestId('results').waitFor();
			const after = await page.locator('ol.results > li h3').allInnerTexts();
			expect(after.length).toBeGreaterThan(0);
			expect(after).not.toEqual(before);
			expect(after.join(' ')).toMatch(/France services/i);
		});

		it('opens the detail page of a help point', async () => {
			await page.locator('ol.results > li h3 a').first().click();
			await page.waitForURL(/\/lieu\/\d+$/);
			const text = await page.locator('article').innerText();
			expect(text).toMatch(/Horaires/);
			expect(text).toMatch(/Informations du \d+ \p{L}+ \d{4}/u);
			expect(text).toMatch(/Sources/);
			const tel = page.locator('a[href^="tel:"]');
			if ((await tel.count()) > 0)
				expect(await tel.first().getAttribute('href')).toMatch(/^tel:\+?\d+$/);
			expect(await axe(page)).toEqual([]);
			await screenshot(page, `resident-detail-${viewport.width}`);
		});
	});
}

describe('resident finder by keyboard', () => {
	it('searches "04000", picks the suggestion with the arrows, reaches a detail page', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(baseURL + '/trouver');
		await page.locator('.box[data-ready="true"]').waitFor();
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.id)) === 'q') break;
		}
		const focused = await page.evaluate(() => document.activeElement?.id);
		expect(focused).toBe('q');
		await page.keyboard.type('04000');
		await page.getByRole('option').first().waitFor();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => page.getByRole('option', { selected: true }).innerText())
			.toContain('Digne-les-Bains');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('04070');
		const link = page.locator('ol.results > li h3 a').first();
		await link.focus();
		const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/lieu\/\d+$/);
		await page.close();
	});

	it('prints the commune poster from the results, by keyboard', async () => {
		const page = await browser.newPage({
			viewport: { width: 360, height: 780 },
			acceptDownloads: true
		});
		await page.goto(baseURL + '/trouver?commune=04070');
		const link = page.getByRole('link', { name: /Imprimer l’affiche/ });
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			if (await link.evaluate((el) => el === document.activeElement)) break;
		}
		expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.url().includes('/imprimer/affiche.pdf')),
			page.keyboard.press('Enter').catch(() => {})
		]);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		await page.close();
	});

	it('finds help from « Me localiser » (browser geolocation)', async () => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 780 },
			geolocation: { latitude: 44.0925, longitude: 6.2356 },
			permissions: ['geolocation']
		});
		const page = await context.newPage();
		await page.goto(baseURL + '/trouver');
		await page.locator('.box[data-ready="true"]').waitFor();
		await page.getByRole('button', { name: 'Me localiser' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('lat')).toBe('44.09250');
		await page.getByTestId('results').waitFor();
		expect(await page.locator('h2#resultats-titre').innerText()).toContain('votre position');
		expect(await page.locator('ol.results > li').count()).toBe(10);
		await context.close();
	});

	it('works without JavaScript: the form submits and the server answers the list', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseURL + '/trouver');
		await page.getByLabel('Votre commune, code postal ou adresse').fill('Château-Arnoux');
		await page.getByRole('button', { name: 'Chercher' }).click();
		await page.waitForURL(/q=/);
		await expect(page.locator('h2#resultats-titre').innerText()).resolves.toContain(
			'Château-Arnoux-Saint-Auban'
		);
		expect(await page.locator('ol.results > li').count()).toBeGreaterThan(3);
		await context.close();
	});
});

describe('GET /api/lieux/proches', () => {
	it('returns help points sorted by distance with distance_m', async () => {
		const r = await fetch(`${baseURL}/api/lieux/proches?lat=44.0925&lon=6.2356&limite=5`);
		expect(r.status).toBe(200);
		const body = await r.json();
		expect(body.lieux).toHaveLength(5);
		const d = body.lieux.map((l: { distance_m: number }) => l.distance_m);
		expect(d).toEqual([...d].sort((a: number, b: number) => a - b));
		expect(body.lieux[0].ouverture.texte).toBeTruthy();
	});

	it('filters by service and open now', async () => {
		const r = await fetch(
			`${baseURL}/api/lieux/proches?lat=44.0925&lon=6.2356&services=${encodeURIComponent('Aide aux démarches administratives')}&limite=20`
		);
		const body = await r.json();
		expect(body.lieux.length).toBeGreaterThan(0);
		for (const l of body.lieux) expect(l.services).toContain('Aide aux démarches administratives');
		const open = await (
			await fetch(`${baseURL}/api/lieux/proches?lat=44.0925&lon=6.2356&ouvert=maintenant`)
		).json();
		for (const l of open.lieux) expect(l.ouverture.etat).toBe('ouvert');
	});

	it.each([
		['', /lat.*lon/],
		['lat=abc&lon=6', /lat.*lon/],
		['lat=95&lon=6', /hors limites/],
		['lat=44&lon=6&limite=0', /limite/],
		['lat=44&lon=6&limite=5000', /limite/],
		['lat=44&lon=6&services=Tout', /Service inconnu/],
		['lat=44&lon=6&ouvert=demain', /ouvert/]
	])('answers 400 in French for "%s"', async (q, message) => {
		const r = await fetch(`${baseURL}/api/lieux/proches?${q}`);
		expect(r.status).toBe(400);
		expect((await r.json()).error).toMatch(message);
	});
});
