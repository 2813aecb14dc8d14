import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot, trackExternalRequests } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();

async function openTerritory(path: string): Promise<{ page: Page; external: string[] }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	const external = trackExternalRequests(page);
	await page.goto(baseURL + path);
	await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
	return { page, external };
}

describe('the map of Alpes-de-Haute-Provence', () => {
	it('opens /territoire/04 and shows the map canvas and the summary figures', async () => {
		const { page, external } = await openTerritory('/territoire/04');
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

/** The map object behind a map container (MapView and FinderMap expose it for tests). */
type MapHandle = { maplibreMap: import('maplibre-gl').Map };

async function labelsOnScreen(page: Page, layer = 'commune-labels'): Promise<string[]> {
	return page
		.getByTestId(layer === 'noms' ? 'finder-map' : 'map')
		.evaluate(
			(el, id) =>
				(el as unknown as MapHandle).maplibreMap
					.queryRenderedFeatures({ layers: [id] })
					.map((f) => String(f.properties.nom)),
			layer
		);
}

describe('issue 10: the planner view tells the truth', () => {
	it('names the largest towns from the first view on a wide screen, and at zoom 10', async () => {
		const { page } = await openTerritory('/territoire/04');
		const wide = await labelsOnScreen(page);
		for (const town of [
			'Manosque',
			'Digne-les-Bains',
			'Sisteron',
			'Forcalquier',
			'Oraison',
			'Château-Arnoux-Saint-Auban'
		])
			expect(wide, town).toContain(town);
		// zoom 10 around Digne: the préfecture keeps its name among the markers of its centre
		await page.getByTestId('map').evaluate(async (el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			m.jumpTo({ center: [6.2362, 44.0931], zoom: 10 });
			await new Promise((r) => m.once('idle', r));
		});
		expect(await labelsOnScreen(page)).toContain('Digne-les-Bains');
		await page.close();
	});

	it('names the largest towns from the first view on a 360 px phone, map first', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(baseURL + '/territoire/04');
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
		const phone = await labelsOnScreen(page);
		for (const town of ['Manosque', 'Digne-les-Bains', 'Sisteron'])
			expect(phone, town).toContain(town);
		// on a phone the map is what the first screen shows
		const box = await page.getByTestId('map').boundingBox();
		expect(box?.y ?? 9999).toBeLessThan(740 / 2);
		await page.close();
	});

	it('opens the popup of the symbol clicked: the France services of Castellane, not the library', async () => {
		const { page } = await openTerritory('/territoire/04');
		const at = await page.getByTestId('map').evaluate(async (el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			m.jumpTo({ center: [6.512171, 43.846036], zoom: 10 });
			await new Promise((r) => m.once('idle', r));
			const p = m.project([6.512171, 43.846036]);
			return { x: p.x, y: p.y };
		});
		const box = await page.getByTestId('map').boundingBox();
		if (!box) throw new Error('no map');
		await page.mouse.click(box.x + at.x, box.y + at.y);
		const popup = page.getByTestId('map-popup');
		await popup.waitFor();
		expect(await page.getByTestId('map-popup').count()).toBe(1);
		const text = await popup.innerText();
		expect(text.split('\n')[0]).toBe('France services de Castellane');
		expect(text).not.toMatch(/Arrêt/);
		expect(text).not.toContain('2020-11-26');
		expect(text).toContain('Informations du 1 août 2024');
		// the library at the same spot is listed, not hidden
		expect(text).toMatch(/Aussi à cet endroit :\s*Médiathèque Municipale/);
		await page.close();
	});

	it('shows one illectronisme average for the département in the legend, the panel and the dashboard', async () => {
		const { page } = await openTerritory('/territoire/04?indicateur=illectronisme&commune=04173');
		const legend = await page.getByRole('figure', { name: /Légende/ }).innerText();
		expect(legend).toContain('moyenne du département : 17,8 %');
		const above = await page.getByTestId('above-average').innerText();
		expect(above).toMatch(
			/122 communes au-delà de la moyenne départementale \(taux d’illectronisme : 17,8 %\)/
		);
		const panel = page.getByTestId('commune-panel');
		await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('Lieux d’aide');
		const text = await panel.innerText();
		expect(text).not.toMatch(/pas de donnée/);
		expect(text).toMatch(/Taux d’illectro\u00ad?nisme\s+22 %\*\s+22 %\s+17,8 %†\s+17 %/);
		// the France column fits in the 400 px sidebar
		const overflow = await panel.locator('table').evaluate((t) => {
			const panelBox = (
				t.closest('[data-testid="commune-panel"]') as HTMLElement
			).getBoundingClientRect();
			const cells = [...t.querySelectorAll('th, td')] as HTMLElement[];
			return {
				tableRight: t.getBoundingClientRect().right,
				panelRight: panelBox.right,
				clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.innerText)
			};
		});
		expect(overflow.tableRight).toBeLessThanOrEqual(overflow.panelRight);
		expect(overflow.clipped).toEqual([]);
		await page.close();
	});

	it('says "1 zone blanche" in the singular', async () => {
		// with the whole country built, the 04 has none at 15 km (help across its borders counts)
		const { page } = await openTerritory('/territoire/40?seuil_km=15');
		const zb = page.getByTestId('zones-blanches');
		await expect
			.poll(() => zb.innerText())
			.toMatch(
				/^1 zone blanche \(50 habitants\) : aucun lieu d’aide à moins de 15 km, distance par la route \(estimée\)/
			);
		await page.close();
	});

	it('lists in the table the zones blanches with the distance the threshold uses, as the dashboard says', async () => {
		const { page } = await openTerritory('/territoire/04');
		const dashboard = await page.getByTestId('zones-blanches').innerText();
		const count = Number(/^(\d+) zones? blanches?/.exec(dashboard)?.[1]);
		expect(dashboard).toContain(
			'aucun lieu d’aide à moins de 10 km, distance par la route (estimée)'
		);
		await page.goto(baseURL + '/territoire/04/communes?zb=1');
		const table = page.getByTestId('communes-table');
		await table.waitFor();
		await expect(page.getByLabel('Zones blanches seulement').isChecked()).resolves.toBe(true);
		const headers = await table.locator('thead th').allInnerTexts();
		const col = headers.findIndex((h) => /Distance par la route, estimée/.test(h));
		expect(col).toBeGreaterThan(0);
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBe(count);
		for (const row of await rows.all()) {
			const cells = await row.locator('th, td').allInnerTexts();
			// the table shows what made it a zone blanche: more than 10 km by the road estimate
			expect(Number(cells[col].replace(',', '.')), cells[0]).toBeGreaterThanOrEqual(10);
		}
		await screenshot(page, 'territoire-04-communes-zones-blanches');
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('shows a commune of another département on its own map', async () => {
		const page = await browser.newPage();
		await page.goto(baseURL + '/territoire/04?commune=03190');
		expect(new URL(page.url()).pathname).toBe('/territoire/03');
		expect(new URL(page.url()).searchParams.get('commune')).toBe('03190');
		await page.goto(baseURL + '/territoire/04?commune=99999&zb=1');
		expect(new URL(page.url()).search).toBe('?zb=1');
		await page.close();
	});

	it('counts the help points without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseURL + '/territoire/04');
		const summary = await page.getByTestId('summary').innerText();
		// 154 places of the 04, plus the hostile test record the e2e setup adds
		const total = Number(/(\d+)\s+lieux d’aide au numérique/.exec(summary)?.[1]);
		expect(total).toBeGreaterThanOrEqual(154);
		const kinds = [...summary.matchAll(/ : (\d+)(?: \(dont|\n|$)/g)].map((m) => Number(m[1]));
		expect(kinds.reduce((a, n) => a + n, 0)).toBe(total);
		expect(summary).not.toMatch(/\b0\s+lieux/);
		await context.close();
	});

	it.each(['/territoire/975', '/pas-une-page'])(
		'answers %s with a French error page and ways back',
		async (path) => {
			const page = await browser.newPage();
			const response = await page.goto(baseURL + path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
				'Page introuvable'
			);
			await expect(
				page.getByRole('link', { name: 'Retour à l’accueil' }).getAttribute('href')
			).resolves.toBe('/');
			// the site's header and styles are there
			await expect(page.getByRole('navigation', { name: 'Principale' }).count()).resolves.toBe(1);
			expect(await axe(page)).toEqual([]);
			await page.close();
		}
	);
});

describe('issue 10: the resident map', () => {
	it('keeps the numbered markers apart and names the communes', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(baseURL + '/trouver?commune=04070');
		await page.getByTestId('results').waitFor();
		await page.getByRole('button', { name: 'Afficher la carte' }).click();
		const map = page.locator('[data-testid="finder-map"][data-ready="true"]');
		await map.waitFor({ timeout: 30_000 });
		const check = () =>
			map.evaluate(async (el) => {
				const m = (el as unknown as MapHandle).maplibreMap;
				await new Promise((r) => (m.loaded() ? r(null) : m.once('idle', r)));
				const byNumber = new Map<string, [number, number]>();
				for (const f of m.queryRenderedFeatures({ layers: ['lieux'] }))
					byNumber.set(
						String(f.properties.n),
						(f.geometry as GeoJSON.Point).coordinates as [number, number]
					);
				const pts = [...byNumber.values()].map((c) => m.project(c));
				let min = Infinity;
				for (let i = 0; i < pts.length; i++)
					for (let j = i + 1; j < pts.length; j++)
						min = Math.min(min, Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y));
				return { n: pts.length, min };
			});
		const first = await check();
		expect(first.n).toBe(10);
		// discs are 12 px in radius with a 2 px ring: no two may overlap
		expect(first.min).toBeGreaterThanOrEqual(28);
		expect(await labelsOnScreen(page, 'noms')).toContain('Digne-les-Bains');
		// names are drawn under the numbered discs: a name never hides a number
		const order = await map.evaluate((el) =>
			(el as unknown as MapHandle).maplibreMap.getStyle().layers.map((l) => l.id)
		);
		expect(order.indexOf('noms')).toBeLessThan(order.indexOf('lieux'));
		expect(order.indexOf('noms')).toBeGreaterThan(order.indexOf('communes'));
		await map.evaluate(async (el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			m.zoomOut({ duration: 0 });
			await new Promise((r) => m.once('idle', r));
		});
		expect((await check()).min).toBeGreaterThanOrEqual(28);
		await screenshot(page, 'resident-map-digne-360');
		await page.close();
	});
});

describe('issue 14: the EPCI IFN published by La MedNum', () => {
	it('shows in the dashboard table and the commune panel the value the API gives as published', async () => {
		const api = await (await fetch(`${baseURL}/api/territoires/04`)).json();
		const apv = api.epci.find((e: { code: string }) => e.code === '200068625');
		expect(apv.ifn.origine).toBe('publiee');
		expect(apv.ifn.valeur).toBeCloseTo(7.652, 3);
		expect(apv.ifn.calculee.valeur).toBeCloseTo(7.647, 3);
		const shown = apv.ifn.valeur.toFixed(2).replace('.', ',');

		const { page } = await openTerritory('/territoire/04?commune=04173');
		const table = page.getByRole('table', { name: /Intercommunalités/ });
		const cell = table
			.getByRole('row', { name: /Alpes-Provence-Verdon/ })
			.getByRole('cell')
			.nth(1);
		await expect(cell.innerText()).resolves.toBe(shown);
		await expect(cell.getAttribute('data-origine')).resolves.toBe('publiee');
		await expect(page.getByTestId('epci-ifn-note').innerText()).resolves.toMatch(
			/IFN de l’EPCI : publié par La MedNum/
		);
		const panel = page.getByTestId('commune-panel');
		await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('Lieux d’aide');
		const ifnRow = panel.getByRole('row', { name: /Indice de fragilité numérique/ });
		await expect(ifnRow.getByRole('cell').nth(1).innerText()).resolves.toBe(shown);
		await expect(panel.innerText()).resolves.toContain('IFN de l’EPCI : publié par La MedNum.');
		await page.close();
	});
});
