// The resident finder beyond the pilots, on the database `npm start` builds (the whole country):
// Lille, Paris and its arrondissements, Ajaccio, Saint-Denis (974) and its homonyms, on a phone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('resident finder in all of France, on a 360 px phone', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 360, height: 780 }, hasTouch: true });
	});
	afterAll(() => page.close());

	/** Type a search and press Enter, as a resident does. */
	async function search(text: string) {
		await page.goto(baseURL + '/trouver');
		await page.locator('.box[data-ready="true"]').waitFor();
		await page.getByLabel('Votre commune, code postal ou adresse').fill(text);
		await page.keyboard.press('Enter');
		await page.locator('[data-answer]').first().waitFor();
	}
	const heading = () => page.locator('#resultats-titre').innerText();
	const cards = () => page.locator('ol.results > li');
	/** The postcodes of the cards' addresses. */
	const postcodes = async () =>
		(await cards().allInnerTexts()).map((t) => /\b(\d{5}|2[AB]\d{3})\b [^\n]*$/m.exec(t)?.[1]);
	/** The map's bounds once it is drawn: [west, south, east, north]. */
	async function mapBounds(): Promise<number[]> {
		await page.getByRole('button', { name: 'Afficher la carte' }).tap();
		const map = page.locator('[data-testid="finder-map"][data-ready="true"]');
		await map.waitFor({ timeout: 30_000 });
		return map.evaluate((el) => {
			const b = (
				el as unknown as { maplibreMap: { getBounds(): { toArray(): number[][] } } }
			).maplibreMap
				.getBounds()
				.toArray();
			return [b[0][0], b[0][1], b[1][0], b[1][1]];
		});
	}

	it('finds help in Lille, the places with a placed address first', async () => {
		await search('Lille');
		expect(await heading()).toBe('Aide au numérique près de Lille');
		expect(await cards().count()).toBe(10);
		const first = await cards().first().innerText();
		expect(first).toMatch(/À Lille/);
		// the Aidants Connect structures known only by their commune do not fill the list
		expect(first).not.toMatch(/adresse non placée/);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'finder-lille-360');
	});

	it('takes 75011 to Paris 11e, with distances from it, all in Paris', async () => {
		await search('75011');
		expect(await heading()).toBe('Aide au numérique près de Paris 11e Arrondissement');
		const codes = await postcodes();
		expect(codes.length).toBe(10);
		for (const c of codes) expect(c).toMatch(/^75/);
		const metres = (await cards().locator('.distance').allInnerTexts())
			.map((t) => /^À ([\d,]+) (m|km)/.exec(t))
			.filter((m): m is RegExpExecArray => !!m)
			.map((m) => Number(m[1].replace(',', '.')) * (m[2] === 'km' ? 1000 : 1));
		expect(metres.length).toBeGreaterThan(5);
		expect(metres[0]).toBeLessThan(1000);
		expect(metres).toEqual([...metres].sort((a, b) => a - b));
	});

	it('offers the 20 arrondissements of Paris, each a link to its own help', async () => {
		await search('Paris');
		expect(await heading()).toBe('Aide au numérique près de Paris');
		const list = page.getByTestId('arrondissements');
		expect(await list.getByRole('link').count()).toBe(20);
		await list.getByRole('link', { name: 'Paris 11e Arrondissement' }).tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('75111');
		await expect.poll(heading).toBe('Aide au numérique près de Paris 11e Arrondissement');
	});

	it('finds help in Ajaccio by name and by postcode, all of it in Corsica', async () => {
		for (const q of ['Ajaccio', '20000']) {
			await search(q);
			expect(await heading()).toBe('Aide au numérique près d’Ajaccio');
			for (const c of await postcodes()) expect(c, q).toMatch(/^20/);
		}
		const [w, s, e, n] = await mapBounds();
		// framed on Ajaccio and its surroundings, not on the mainland
		expect(w).toBeGreaterThan(8.4);
		expect(e).toBeLessThan(9.2);
		expect(s).toBeGreaterThan(41.6);
		expect(n).toBeLessThan(42.3);
		await screenshot(page, 'finder-ajaccio-360');
	});

	it('asks which Saint-Denis, each with its département, then helps in Réunion', async () => {
		await search('Saint-Denis');
		const choices = page.getByTestId('choices');
		const text = await choices.innerText();
		expect(text).toMatch(/La Réunion \(974\)\s+Saint-Denis 97400/);
		expect(text).toMatch(/Seine-Saint-Denis \(93\)\s+Saint-Denis 93200/);
		expect(await page.getByTestId('results').count()).toBe(0);
		await choices.getByRole('link', { name: 'Saint-Denis' }).first().tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('97411');
		await expect.poll(heading).toBe('Aide au numérique près de Saint-Denis');
		for (const c of await postcodes()) expect(c).toMatch(/^974/);
		// Réunion's numbers as its residents dial them, and a tel: link with its country code
		const tel = page.locator('ol.results a[href^="tel:+262"]').first();
		expect(await tel.innerText()).toMatch(/^Appeler le 0(262|263|692|693) /);
		const [w, s, e, n] = await mapBounds();
		// the map frames Réunion (55.2–55.9 E, 21.4–20.8 S) around Saint-Denis
		expect(w).toBeGreaterThan(55.1);
		expect(e).toBeLessThan(56);
		expect(s).toBeGreaterThan(-21.5);
		expect(n).toBeLessThan(-20.7);
		expect(w < 55.45 && e > 55.45).toBe(true);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'finder-saint-denis-974-360');
	});

	it('takes 97400 straight to Saint-Denis (974)', async () => {
		await search('97400');
		expect(await heading()).toBe('Aide au numérique près de Saint-Denis');
		for (const c of await postcodes()) expect(c).toMatch(/^974/);
	});
});
