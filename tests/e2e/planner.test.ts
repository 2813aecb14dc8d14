import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, screenshot } from './browser';
import { PLANNER } from './global-setup';
import { raw } from './raw-http';

const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launch();
	page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
	await page.goto(baseURL + '/territoire/04');
	await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
});
afterAll(async () => {
	await browser?.close();
});

const param = (name: string) => new URL(page.url()).searchParams.get(name);
const ready = () =>
	page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });

describe('planner view of Alpes-de-Haute-Provence', () => {
	it('passes axe with 0 serious or critical violations', async () => {
		expect(await axe(page)).toEqual([]);
	});

	it('reads the roadmap figures in the dashboard', async () => {
		const above = await page.getByTestId('above-average').innerText();
		expect(above).toMatch(/131 communes au-delà de la moyenne départementale/);
		expect(above).toMatch(/dont 79 de moins de 250 habitants/);
		const table = await page.getByRole('table', { name: /Intercommunalités/ }).innerText();
		expect(table).toContain('CC Alpes-Provence-Verdon');
		expect(table).toMatch(/7,65\s+22 %/);
	});

	it('switches layers and keeps them in the URL', async () => {
		await page.getByLabel('Indicateur').selectOption({ label: 'Sans couverture 4G' });
		await expect.poll(() => param('indicateur')).toBe('ifn_4g');
		await ready();
		await expect(page.getByRole('figure', { name: /Légende/ }).innerText()).resolves.toContain(
			'Sans couverture 4G'
		);
		await page.getByLabel('Écart à la moyenne').check();
		await expect.poll(() => param('mode')).toBe('ecart');
		await ready();
		await expect(page.getByRole('figure', { name: /Légende/ }).innerText()).resolves.toContain(
			'proche de la moyenne'
		);
		await page.getByLabel('Indicateur').selectOption({ label: 'Taux d’illectronisme' });
		await expect.poll(() => param('indicateur')).toBe('illectronisme');
		await page.getByLabel('Valeur', { exact: true }).check();
		await ready();
		await screenshot(page, 'planner-04-illectronisme');
		await page.getByLabel('Indicateur').selectOption({ label: 'Indice de fragilité numérique' });
		await expect.poll(() => param('indicateur')).toBe(null);
	});

	it('turns on the zones blanches and they match the downloaded CSV', async () => {
		await page.getByLabel('Afficher les zones blanches (hachurées)').check();
		await expect.poll(() => param('zb')).toBe('1');
		await ready();
		const zbText = await page.getByTestId('zones-blanches').innerText();
		const count = Number(/(\d+) zones blanches/.exec(zbText)?.[1]);
		expect(count).toBeGreaterThan(0);
		await screenshot(page, 'planner-04-zones-blanches');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Télécharger le CSV' }).click()
		]);
		const path = await download.path();
		const text = readFileSync(path, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const rows = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		expect(rows.length).toBe(198);
		expect(rows.filter((r) => r.zone_blanche === '1').length).toBe(count);
		const digne = rows.find((r) => r.code_insee === '04070');
		expect(digne?.nom).toBe('Digne-les-Bains');
		expect(digne?.zone_blanche).toBe('0');
	});

	it('shows a commune chosen by clicking the map', async () => {
		const map = page.getByTestId('map');
		// A spot on a commune and away from any help-point symbol (which opens a popup instead).
		const spot = await map.evaluate((el) => {
			const m = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
			const { width, height } = m.getCanvas().getBoundingClientRect();
			for (let y = 0.3; y < 0.8; y += 0.05)
				for (let x = 0.3; x < 0.8; x += 0.05) {
					const p: [number, number] = [width * x, height * y];
					const near = m.queryRenderedFeatures(
						[
							[p[0] - 12, p[1] - 12],
							[p[0] + 12, p[1] + 12]
						],
						{ layers: ['help-points', 'tour-stops'] }
					);
					const commune = m.queryRenderedFeatures(p, { layers: ['communes-fill'] })[0];
					if (!near.length && commune) return { x: p[0], y: p[1], code: commune.properties.code };
				}
			return null;
		});
		if (!spot) throw new Error('no free spot on the map');
		const box = await map.boundingBox();
		if (!box) throw new Error('no map');
		await page.mouse.click(box.x + spot.x, box.y + spot.y);
		await expect.poll(() => param('commune')).toBe(spot.code);
		const panel = page.getByTestId('commune-panel');
		await expect.poll(() => panel.innerText()).toMatch(/Lieux d’aide les plus proches/);
	});

	it('shows a commune chosen with the keyboard, against the averages, with its nearest help', async () => {
		await page.getByLabel('Choisir une commune').focus();
		await page.keyboard.type('Saint-André');
		await expect.poll(() => param('commune')).toBe('04173');
		const panel = page.getByTestId('commune-panel');
		await expect.poll(() => panel.innerText()).toContain('Saint-André-les-Alpes');
		const text = await panel.innerText();
		expect(text).toMatch(/Indice de fragilité numérique\s+[\d,]+\s+7,65\s+6,71\s+5,26/);
		expect(text).toContain('dessert la commune');
		expect(text).toMatch(/Sources : .*Indice de Fragilité Numérique 2023/);
		await page.getByTestId('commune-panel').locator('a').first().focus();
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			return getComputedStyle(el).outlineStyle;
		});
		expect(focused).not.toBe('none');
		await screenshot(page, 'planner-04-commune');
	});

	it('offers a sortable, filterable table of the communes', async () => {
		await page.getByRole('link', { name: 'Tableau des communes' }).click();
		await page.getByTestId('communes-table').waitFor();
		expect(await axe(page)).toEqual([]);
		await page.getByLabel('Zones blanches seulement').check();
		const n = await page.locator('[data-testid="communes-table"] tbody tr').count();
		expect(n).toBeGreaterThan(0);
		await page.getByLabel('Zones blanches seulement').uncheck();
		await page.getByRole('button', { name: /^Population/ }).click();
		const first = await page.locator('[data-testid="communes-table"] tbody tr').first().innerText();
		expect(first).toContain('Manosque');
		await page.getByLabel('Rechercher').fill('digne');
		await expect
			.poll(() => page.locator('[data-testid="communes-table"] tbody tr').count())
			.toBe(1);
	});
});

describe('export API', () => {
	it('answers 400 in French for a bad parameter and 404 for an unbuilt département', async () => {
		const bad = await fetch(`${baseURL}/api/communes.csv?departement=04&reference=canton`);
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toMatch(/reference/);
		// every département is built: 975 (Saint-Pierre-et-Miquelon, a collectivité) is not one
		const none = await fetch(`${baseURL}/api/communes.geojson?departement=975`);
		expect(none.status).toBe(404);
	});

	it.each(['04', '03', '40'])('agrees with the dashboard for %s', async (dep) => {
		const cov = await (await fetch(`${baseURL}/api/territoires/${dep}/couverture`)).json();
		const csv = await (await fetch(`${baseURL}/api/communes.csv?departement=${dep}`)).text();
		const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		const d = cov.dashboard;
		expect(rows.length).toBe(d.communes);
		expect(rows.filter((r) => r.zone_blanche === '1').length).toBe(d.zonesBlanches.count);
		const above = rows.filter(
			(r) => r.ecart_moyenne && Number(r.ecart_moyenne.replace(',', '.')) > 0
		);
		expect(above.length).toBe(d.aboveAverage.count);
		expect(above.filter((r) => Number(r.population) < 250).length).toBe(d.aboveAverage.small);
		expect(d.helpPoints.byKind['france-services']).toBe({ '04': 16, '03': 24, '40': 20 }[dep]);
	});

	it('exports help points in the national schema', async () => {
		const r = await fetch(`${baseURL}/api/lieux.csv?departement=04`);
		expect(r.status).toBe(200);
		const text = await r.text();
		expect(text.split('\n')[0]).toMatch(/^"?id"?,"?pivot"?,"?nom"?,"?commune"?,"?code_postal"?/);
		const json = await (await fetch(`${baseURL}/api/lieux.json?departement=04`)).json();
		expect(json.length).toBeGreaterThan(100);
	});

	it.each(['03', '40'])('exports the communes of %s as GeoJSON with shapes', async (dep) => {
		const r = await fetch(`${baseURL}/api/communes.geojson?departement=${dep}&seuil_km=15`);
		expect(r.status).toBe(200);
		const fc = await r.json();
		expect(fc.features.length).toBe(dep === '03' ? 317 : 327);
		expect(fc.features.every((f: { geometry: unknown }) => f.geometry)).toBe(true);
		expect(fc.features[0].properties).toHaveProperty('zone_blanche');
	});
});

describe('planner pages and caches', () => {
	it('sends Cache-Control: no-store on planner and sign-in responses, not on public pages', async () => {
		const signed = await raw(baseURL, '/connexion', {
			method: 'POST',
			from: '127.0.0.6',
			headers: {
				origin: baseURL,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ email: PLANNER.email, password: PLANNER.password }).toString()
		});
		expect(signed.status).toBe(303);
		expect(signed.headers['cache-control']).toBe('no-store');
		const cookie = String(signed.headers['set-cookie']?.[0]).split(';')[0];
		for (const path of [
			'/planificateur',
			'/planificateur/import',
			'/planificateur/__data.json',
			'/%70lanificateur'
		]) {
			const r = await raw(baseURL, path, { headers: { cookie } });
			expect(r.status, path).toBe(200);
			expect(r.headers['cache-control'], path).toBe('no-store');
		}
		const visitor = await raw(baseURL, '/planificateur');
		expect(visitor.status).toBe(303);
		expect(visitor.headers['cache-control']).toBe('no-store');
		expect((await raw(baseURL, '/connexion')).headers['cache-control']).toBe('no-store');
		expect((await raw(baseURL, '/trouver')).headers['cache-control']).toBeUndefined();
	}, 60_000);
});
