// Issue 12: `/` opens the map of France, from vector tiles, down to the commune.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot, trackExternalRequests } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The map object behind the national map's container (MapView exposes it for tests). */
type MapHandle = { maplibreMap: import('maplibre-gl').Map };
const MAP = '[data-testid="national-map"]';

async function openMap(path: string, width = 1280, height = 860): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height } });
	await page.goto(baseURL + path);
	await ready(page);
	return page;
}

/** Wait until the map has drawn what was asked (data-ready) and settled. */
async function ready(page: Page) {
	await page.locator(`${MAP}[data-ready="true"]`).waitFor({ timeout: 45_000 });
	await page.locator(MAP).evaluate(async (el) => {
		const m = (el as unknown as MapHandle).maplibreMap;
		if (!m.loaded() || m.isMoving()) await new Promise((r) => m.once('idle', r));
	});
}

/** Distinct colours among 400 pixels of the canvas: a coloured map has several. */
function distinctColours(page: Page): Promise<number> {
	return page.evaluate((sel) => {
		const c = document.querySelector(`${sel} canvas`) as HTMLCanvasElement;
		const gl = c.getContext('webgl2') ?? c.getContext('webgl');
		if (!gl) return 0;
		const px = new Uint8Array(4);
		const colours = new Set<string>();
		for (let i = 1; i <= 20; i++)
			for (let j = 1; j <= 20; j++) {
				gl.readPixels(
					Math.floor((c.width * i) / 21),
					Math.floor((c.height * j) / 21),
					1,
					1,
					gl.RGBA,
					gl.UNSIGNED_BYTE,
					px
				);
				colours.add(px.slice(0, 3).join(','));
			}
		return colours.size;
	}, MAP);
}

/**
 * The page position of a point of territory `code` in the fill layer shown, away from any group
 * or symbol of help points (a click there would open them instead).
 */
async function pointIn(page: Page, layer: string, code: string): Promise<{ x: number; y: number }> {
	const box = await page.locator(MAP).boundingBox();
	const p = await page.locator(MAP).evaluate(
		(el, [layer, code]) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			const { width, height } = m.getContainer().getBoundingClientRect();
			for (let y = 20; y < height - 20; y += 9)
				for (let x = 20; x < width - 60; x += 9) {
					const here = m.queryRenderedFeatures([x, y], { layers: [layer] });
					if (here[0]?.properties.code !== code) continue;
					const near = m.queryRenderedFeatures(
						[
							[x - 14, y - 14],
							[x + 14, y + 14]
						],
						{ layers: ['clusters', 'help-points'] }
					);
					if (!near.length) return { x, y };
				}
			return null;
		},
		[layer, code]
	);
	if (!p || !box) throw new Error(`no free point of ${code} in ${layer}`);
	return { x: box.x + p.x, y: box.y + p.y };
}

const crumbs = (page: Page) => page.getByTestId('breadcrumbs').locator('li').allInnerTexts();

describe('the national map', () => {
	it('opens France on /, coloured from vector tiles, with no external request', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
		const external = trackExternalRequests(page);
		const tiles: string[] = [];
		page.on('request', (r) => r.url().includes('/api/tuiles/') && tiles.push(r.url()));
		const response = await page.goto(baseURL + '/');
		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe('/');
		await ready(page);
		await expect(page.locator('h1').innerText()).resolves.toMatch(/en France/);
		expect(await crumbs(page)).toEqual(['France']);
		expect(await distinctColours(page)).toBeGreaterThan(3);
		// départements coloured by the IFN, help points in groups with their count
		const drawn = await page.locator(MAP).evaluate((el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			return {
				zoom: m.getZoom(),
				deps: m.queryRenderedFeatures({ layers: ['fill-departements'] }).map((f) => f.properties),
				clusters: m.queryRenderedFeatures({ layers: ['cluster-counts'] }).length
			};
		});
		expect(drawn.zoom).toBeLessThan(7);
		expect(drawn.deps.map((p) => p.code)).toContain('04');
		expect(drawn.deps.find((p) => p.code === '04')?.ifn).toBeCloseTo(6.71, 2);
		expect(drawn.clusters).toBeGreaterThan(0);
		// the map is not one GeoJSON of the country: a few tiles, from the national zooms
		expect(tiles.length).toBeGreaterThan(0);
		expect(tiles.every((u) => /\/api\/tuiles\/[0-6]\/\d+\/\d+\.pbf$/.test(u))).toBe(true);
		await expect(
			page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).first().isVisible()
		).resolves.toBe(true);
		expect(external).toEqual([]);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'national-france');
		await page.close();
	});

	it('goes down a level at each click: département, EPCI, commune, with breadcrumbs and panel', async () => {
		const page = await openMap('/');
		// France › the 04
		const dep = await pointIn(page, 'fill-departements', '04');
		await page.mouse.click(dep.x, dep.y);
		await page.waitForURL(/territoire=04$/);
		await ready(page);
		const panel = page.getByTestId('territory-panel');
		await expect(panel.locator('h2').innerText()).resolves.toBe('Alpes-de-Haute-Provence');
		await panel.getByText('Indice de fragilité numérique').waitFor();
		expect(await panel.innerText()).toMatch(/6,71 sur 10/);
		expect(await crumbs(page)).toEqual([
			'France',
			"Provence-Alpes-Côte d'Azur",
			'Alpes-de-Haute-Provence'
		]);
		await expect(
			panel.getByRole('link', { name: 'Voir le tableau de bord' }).getAttribute('href')
		).resolves.toBe('/territoire/04');
		// framed on the 04, shown by its EPCI
		const zoom = await page
			.locator(MAP)
			.evaluate((el) => (el as unknown as MapHandle).maplibreMap.getZoom());
		expect(zoom).toBeGreaterThanOrEqual(7);
		await screenshot(page, 'national-04');

		// the 04 › CA Provence-Alpes-Agglomération (Digne)
		const epci = await pointIn(page, 'fill-epci', '200067437');
		await page.mouse.click(epci.x, epci.y);
		await page.waitForURL(/territoire=200067437$/);
		await ready(page);
		await expect(panel.locator('h2').innerText()).resolves.toBe('CA Provence-Alpes-Agglomération');
		await panel.getByText('Population').waitFor();
		expect((await crumbs(page)).slice(-2)).toEqual([
			'Alpes-de-Haute-Provence',
			'CA Provence-Alpes-Agglomération'
		]);

		// the EPCI › Digne-les-Bains
		const commune = await pointIn(page, 'fill-communes', '04070');
		await page.mouse.click(commune.x, commune.y);
		await page.waitForURL(/territoire=04070$/);
		await ready(page);
		await expect(panel.locator('h2').innerText()).resolves.toBe('Digne-les-Bains');
		await panel.getByText('Population').waitFor();
		expect(await crumbs(page)).toHaveLength(5);
		await expect(
			panel.getByRole('link', { name: 'Voir le tableau de bord' }).getAttribute('href')
		).resolves.toBe('/territoire/04?commune=04070');

		// a breadcrumb goes back up
		await page
			.getByTestId('breadcrumbs')
			.getByRole('link', { name: 'Alpes-de-Haute-Provence' })
			.click();
		await page.waitForURL(/territoire=04$/);
		await ready(page);
		await expect(panel.locator('h2').innerText()).resolves.toBe('Alpes-de-Haute-Provence');
		await page.close();
	}, 150_000); // five levels, each drawn from tiles: 20 s on a quiet machine

	it('shows help points one by one when close enough, and groups zoom in when clicked', async () => {
		const page = await openMap('/?territoire=04');
		const before = await page
			.locator(MAP)
			.evaluate((el) => (el as unknown as MapHandle).maplibreMap.getZoom());
		// a click on a group zooms in (the group nearest the centre: one at the edge may be cut off)
		const group = await page.locator(MAP).evaluate((el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			const { width, height } = m.getContainer().getBoundingClientRect();
			const away = (p: { x: number; y: number }) => Math.hypot(p.x - width / 2, p.y - height / 2);
			const points = m
				.queryRenderedFeatures({ layers: ['clusters'] })
				.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : []))
				.map((c) => m.project(c as [number, number]))
				.sort((a, b) => away(a) - away(b));
			return points[0] ? { x: points[0].x, y: points[0].y } : null;
		});
		expect(group).not.toBeNull();
		const box = await page.locator(MAP).boundingBox();
		await page.mouse.click((box?.x ?? 0) + (group?.x ?? 0), (box?.y ?? 0) + (group?.y ?? 0));
		await page.waitForFunction(
			([sel, z]) => (document.querySelector(sel) as unknown as MapHandle).maplibreMap.getZoom() > z,
			[MAP, before] as const
		);
		// Digne-les-Bains at zoom 13: single symbols, with their name, kind and id
		const points = await page.locator(MAP).evaluate(async (el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			m.jumpTo({ center: [6.2362, 44.0931], zoom: 13 });
			await new Promise((r) => m.once('idle', r));
			return {
				single: m.queryRenderedFeatures({ layers: ['help-points'] }).map((f) => f.properties),
				groups: m.queryRenderedFeatures({ layers: ['clusters'] }).length
			};
		});
		expect(points.groups).toBe(0);
		expect(points.single.length).toBeGreaterThan(3);
		for (const p of points.single) {
			expect(Number(p.id)).toBeGreaterThan(0);
			expect(p.kind).toMatch(
				/^(france-services|mediation|conseiller-numerique|bibliotheque|aidants-connect)$/
			);
			expect(String(p.nom).length).toBeGreaterThan(0);
		}
		// a click on a symbol opens its popup, as on the département map
		const at = await page.locator(MAP).evaluate((el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			const f = m.queryRenderedFeatures({ layers: ['help-points'] })[0];
			const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
			return { x: p.x, y: p.y };
		});
		const box2 = await page.locator(MAP).boundingBox();
		await page.mouse.click((box2?.x ?? 0) + at.x, (box2?.y ?? 0) + at.y);
		const popup = page.getByTestId('map-popup');
		await popup.waitFor();
		await expect(popup.locator('a').first().getAttribute('href')).resolves.toMatch(/^\/lieu\/\d+$/);
		await page.close();
	});

	it('colours by the indicator chosen, kept in the URL', async () => {
		const page = await openMap('/');
		await page.getByLabel('Colorer selon').selectOption('illectronisme');
		await page.waitForURL(/indicateur=illectronisme/);
		await ready(page);
		await expect(
			page
				.getByRole('figure', { name: /Légende/ })
				.first()
				.innerText()
		).resolves.toMatch(/Taux d’illectronisme/);
		const paint = await page
			.locator(MAP)
			.evaluate((el) =>
				JSON.stringify(
					(el as unknown as MapHandle).maplibreMap.getPaintProperty(
						'fill-departements',
						'fill-color'
					)
				)
			);
		expect(paint).toContain('illectronisme');
		await page.close();
	});

	it('puts the panel below the map on a 360 px phone', async () => {
		const page = await openMap('/?territoire=04', 360, 740);
		const map = await page.locator(MAP).boundingBox();
		const panel = await page.getByTestId('territory-panel').boundingBox();
		expect(map?.width).toBeGreaterThan(300);
		expect(panel?.y ?? 0).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		// a phone frames the 04 further out, and still shows it by its EPCI, an EPCI by its communes
		const shown = (layer: string) =>
			page
				.locator(MAP)
				.evaluate(
					(el, id) =>
						(el as unknown as MapHandle).maplibreMap.queryRenderedFeatures({ layers: [id] }).length,
					layer
				);
		expect(await shown('fill-epci')).toBeGreaterThan(0);
		expect(await shown('fill-departements')).toBe(0);
		await screenshot(page, 'national-04-360');
		await page.goto(baseURL + '/?territoire=200067437');
		await ready(page);
		expect(await shown('fill-communes')).toBeGreaterThan(0);
		await page.close();
	});
});

describe('the empty map of the bench', () => {
	it('draws the app’s map with no data layer, out of the indexes', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
		const r = await page.goto(baseURL + '/outils/carte-vide');
		expect(r?.status()).toBe(200);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
		await page.waitForFunction(
			() =>
				(document.querySelector('[data-testid="map"]') as unknown as MapHandle | null)?.maplibreMap
		);
		const layers = await page.locator('[data-testid="map"]').evaluate(async (el) => {
			const m = (el as unknown as MapHandle).maplibreMap;
			if (!m.loaded()) await new Promise((done) => m.once('idle', done));
			return m.getStyle().layers.map((l) => l.type);
		});
		expect(layers).toEqual(['background']);
		await page.close();
	});
});

describe('the tile endpoint', () => {
	it('answers a tile in gzip with an ETag of its content, then 304 for the same bytes', async () => {
		const r = await fetch(baseURL + '/api/tuiles/5/16/11.pbf', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('application/x-protobuf');
		const etag = r.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]{16}-5-16-11(-gz)?"$/);
		expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(100);
		const again = await fetch(baseURL + '/api/tuiles/5/16/11.pbf', {
			headers: { 'accept-encoding': 'gzip', 'if-none-match': etag ?? '' }
		});
		expect(again.status).toBe(304);
		// a phone's tiles hold each level one zoom early: another tile, another ETag
		const phone = await fetch(baseURL + '/api/tuiles/8/133/93.pbf?ecran=etroit');
		expect(phone.status).toBe(200);
		expect(phone.headers.get('etag')).toMatch(/-8-133-93-e(-gz)?"$/);
	});

	it.each([
		['/api/tuiles/a/1/1.pbf', /Tuile invalide/],
		['/api/tuiles/5/99/1.pbf', /hors de la carte/],
		['/api/tuiles/5/1/-1.pbf', /Tuile invalide/],
		['/api/tuiles/30/0/0.pbf', /Niveau de zoom 30 hors limites/],
		['/api/tuiles/5/1/1.5.pbf', /Tuile invalide/],
		['/api/tuiles/5/16/11.pbf?ecran=geant', /Paramètre « ecran » invalide/]
	])('refuses %s with a 400 in French', async (path, message) => {
		const r = await fetch(baseURL + path);
		expect(r.status).toBe(400);
		expect(r.headers.get('content-type')).toMatch(/json/);
		expect(((await r.json()) as { error: string }).error).toMatch(message);
	});
});
