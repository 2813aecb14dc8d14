import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();

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

describe('resident finder on a 360 px phone tells the truth (issue 10)', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 360, height: 780 }, hasTouch: true });
	});
	afterAll(() => page.close());

	async function choose(text: string, option: RegExp) {
		await page.goto(baseURL + '/trouver');
		await page.locator('.box[data-ready="true"]').waitFor();
		await page.getByLabel('Votre commune, code postal ou adresse').fill(text);
		const o = page.getByRole('option', { name: option }).first();
		await o.waitFor();
		await o.tap();
		await page.getByTestId('results').waitFor();
	}
	const cards = () => page.locator('ol.results > li');
	const card = (name: RegExp) => cards().filter({ has: page.getByRole('heading', { name }) });

	it('after a suggestion, focus and view move to the results heading', async () => {
		await choose('castellane', /Castellane/);
		const heading = page.locator('#resultats-titre');
		await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
		const box = await heading.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(200);
	});

	it('a place in Castellane reads "À Castellane", phones and distances as people write them', async () => {
		const fs = await card(/France services de Castellane/).innerText();
		expect(fs).toContain('À Castellane');
		expect(fs).not.toMatch(/À \d/);
		expect(fs).toContain('Appeler le 04 86 62 20 20');
		const all = await page.locator('main, body').first().innerText();
		expect(all).not.toMatch(/\+33|\b\d{4} m\b|,0 km|À 0 m/);
		expect(await page.locator('a[href^="tel:"]').first().getAttribute('href')).toMatch(
			/^tel:\+33\d{9}$/
		);
	});

	it('lists places declaring digital help first, the others apart saying what they are', async () => {
		const kinds = await cards().locator('.meta').allInnerTexts();
		expect(kinds.length).toBeGreaterThan(3);
		expect(kinds.join(' ')).not.toMatch(/Bibliothèque/);
		const apart = page.getByTestId('apart');
		expect(await apart.innerText()).toMatch(/ne déclarent pas d’aide au numérique/);
		expect(await apart.locator('li').first().innerText()).toMatch(/Bibliothèque/);
	});

	it('the bus card says once how to learn its passages and is never "Fermé"', async () => {
		const bus = await card(/Bus France services/).innerText();
		expect(bus.match(/appel/gi)?.length ?? 0).toBeLessThanOrEqual(2); // the sentence and the link
		expect(bus.match(/connaître/g)?.length).toBe(1);
		expect(bus).not.toMatch(/Fermé|Ouvert maintenant/);
	});

	it('warns about old information only where it is doubtful', async () => {
		const fs = await card(/France services de Castellane/).innerText();
		expect(fs).toMatch(/Informations du 1 août 2024\./);
		expect(fs).not.toMatch(/plus de 3 ans|plus d’un an/);
		const dates = await cards().locator('.date').allInnerTexts();
		expect(dates.filter((d) => /plus de 3 ans/.test(d)).length).toBeLessThan(dates.length);
	});

	it('ticking a filter keeps the page where it is', async () => {
		const box = page.getByLabel('Ouvert le samedi');
		await box.scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => scrollY);
		expect(before).toBeGreaterThan(0);
		await box.tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('samedi')).toBe('1');
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before - 50);
		await box.tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('samedi')).toBeNull();
	});

	it('checkboxes keep a 24 px target when their label wraps', async () => {
		await page.locator('summary', { hasText: 'Préciser ma recherche' }).tap();
		const sizes = await page
			.locator('label.check input')
			.evaluateAll((els) =>
				els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height])
			);
		expect(sizes.length).toBeGreaterThan(10);
		for (const [w, h] of sizes) {
			expect(w).toBeGreaterThanOrEqual(24);
			expect(h).toBeGreaterThanOrEqual(24);
		}
	});

	it('the suggestion list closes when tapping elsewhere', async () => {
		await page.goto(baseURL + '/trouver');
		await page.locator('.box[data-ready="true"]').waitFor();
		await page.getByLabel('Votre commune, code postal ou adresse').fill('dig');
		await page.getByRole('option').first().waitFor();
		await page.locator('h1').tap();
		await expect.poll(() => page.getByRole('listbox').isVisible()).toBe(false);
	});

	it('"st andre les" + Enter offers the communes grouped by département', async () => {
		// (« st andre » alone now names the six communes called Saint-André exactly)
		await page.getByLabel('Votre commune, code postal ou adresse').fill('st andre les');
		await page.keyboard.press('Enter');
		const choices = page.getByTestId('choices');
		await choices.waitFor();
		const text = await choices.innerText();
		expect(text).toMatch(/Alpes-de-Haute-Provence \(04\)[\s\S]*Saint-André-les-Alpes/);
		expect(text).toMatch(/Aube \(10\)[\s\S]*Saint-André-les-Vergers/);
		expect(await page.getByTestId('results').count()).toBe(0);
		await choices.getByRole('link', { name: 'Saint-André-les-Alpes' }).tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('04173');
	});

	it('a name that is no commune of France says so, and what to type instead', async () => {
		// (a partial build names its départements: tests/integration/server/finder-everywhere)
		await page.goto(baseURL + '/trouver?q=Atlantide');
		const alert = await page.locator('#introuvable').innerText();
		expect(alert).toMatch(/Aucune commune de France ne s’appelle « Atlantide »/);
		expect(alert).toMatch(/code postal/);
	});

	it('after Back, the box shows the search whose results are on screen', async () => {
		await choose('castellane', /Castellane/);
		await page.getByLabel('Votre commune, code postal ou adresse').fill('barcelon');
		const o = page.getByRole('option', { name: /Barcelonnette/ }).first();
		await o.waitFor();
		await o.tap();
		await expect.poll(() => page.locator('#resultats-titre').innerText()).toMatch(/Barcelonnette/);
		await page.goBack();
		await expect.poll(() => page.locator('#resultats-titre').innerText()).toMatch(/Castellane/);
		expect(await page.getByLabel('Votre commune, code postal ou adresse').inputValue()).toBe(
			'Castellane'
		);
	});

	it('names the commune by its official name, not the source’s spelling', async () => {
		await page.goto(baseURL + '/trouver?commune=04070');
		const text = await page.getByTestId('results').innerText();
		expect(text).toContain('À Digne-les-Bains');
		expect(text).not.toContain('À Digne Les Bains');
	});

	it('Barcelonnette’s France services is in Barcelonnette, not 1,2 km away', async () => {
		const fs = await card(/France services Barcelonnette/).count();
		if (fs === 0) await choose('barcelonnette', /Barcelonnette/);
		expect(await card(/France services Barcelonnette/).innerText()).toContain('À Barcelonnette');
	});
});

describe('detail pages that agree with themselves (issue 10)', () => {
	it('the library of Castellane: its hours summary, no "appelez" without a contact', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(baseURL + '/trouver?commune=04039');
		await page
			.getByTestId('apart')
			.getByRole('link', { name: 'Médiathèque Municipale', exact: true })
			.click();
		await page.waitForURL(/\/lieu\/\d+$/);
		const text = await page.locator('article').innerText();
		expect(text).toMatch(/12 h d’ouverture par semaine/);
		expect(text).not.toMatch(/Horaires non renseignés/);
		expect(text).toMatch(/Pas de contact renseigné/);
		expect(text).not.toMatch(/appelez/i);
		await page.close();
	});

	it('the CCAPV bus: passages in one sentence, its communes folded', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(baseURL + '/trouver?commune=04039');
		await page.getByRole('link', { name: /Bus France services/ }).click();
		await page.waitForURL(/\/lieu\/\d+$/);
		const text = await page.locator('article').innerText();
		expect(text.match(/connaître/g)?.length).toBe(1);
		expect(text).not.toMatch(/Fermé|Ouvert maintenant/);
		expect(text).toMatch(/Intervient dans \d+ communes/);
		expect(await page.locator('details').getAttribute('open')).toBeNull();
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('a source label such as "04-Accueil-ISATIS" is not shown raw', async () => {
		const r = await fetch(`${baseURL}/api/lieux/proches?lat=44.0925&lon=6.2356&limite=50`);
		const { lieux } = (await r.json()) as { lieux: { id: number; nom: string }[] };
		const raw = lieux.find((l) => /^\d\d-Accueil-/.test(l.nom));
		expect(raw).toBeTruthy();
		const page = await browser.newPage();
		await page.goto(`${baseURL}/lieu/${raw!.id}`);
		const h1 = await page.locator('h1').innerText();
		expect(h1).not.toMatch(/\d\d-Accueil-/);
		expect(h1).toContain(raw!.nom.replace(/^\d\d-Accueil-/, ''));
		await page.close();
	});
});
