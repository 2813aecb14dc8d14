/**
 * Territories at every level, through the shipped app: France, a région, a département and an
 * EPCI answer on the API and on their page with the same figures. Written for the e2e database
 * (04, 03, 40) as for the whole country: R93 holds the 04, R84 the 03, R75 the 40; the EPCI is
 * looked up in the database (one straddling two built départements when there is one).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/lib/labels';
import type { TerritoryFigures, TerritorySummary } from '../../src/lib/types/territory';
import type { CoverageViewData } from '../../src/lib/types/coverage';
import { axe, screenshot } from './browser';
import { useBrowser } from './context';

const baseURL = inject('baseURL');
const browser = useBrowser();
const get = async <T>(path: string) => {
	const r = await fetch(baseURL + path);
	return { status: r.status, body: (await r.json()) as T };
};
const lieux = (t: TerritoryFigures) => Object.values(t.lieux).reduce((a, n) => a + n, 0);

let epci: string;
let epciDeps: string[];
beforeAll(() => {
	const db = new Database(inject('dbPath'), { readonly: true });
	try {
		epci = (db
			.prepare(
				`SELECT epci FROM communes WHERE epci IS NOT NULL GROUP BY epci
				 ORDER BY count(DISTINCT departement) DESC, count(*) DESC LIMIT 1`
			)
			.pluck()
			.get() as string)!;
		epciDeps = db
			.prepare('SELECT DISTINCT departement FROM communes WHERE epci = ? ORDER BY departement')
			.pluck()
			.all(epci) as string[];
	} finally {
		db.close();
	}
});

describe('GET /api/territoires/{code} at every level', () => {
	it('answers France, a région, a département and an EPCI with the same fields', async () => {
		const answers = await Promise.all(
			['FR', 'R93', '04', epci].map((c) => get<TerritorySummary>(`/api/territoires/${c}`))
		);
		const keys = (s: object) =>
			Object.keys(s)
				.filter((k) => k !== 'epci')
				.sort();
		for (const { status, body } of answers) {
			expect(status).toBe(200);
			expect(keys(body)).toEqual(keys(answers[2].body));
		}
		const [fr, r93, dep, e] = answers.map((a) => a.body);
		expect([fr.niveau, r93.niveau, dep.niveau, e.niveau]).toEqual([
			'france',
			'region',
			'departement',
			'epci'
		]);
		expect(fr.parties.map((p) => p.code)).toEqual(expect.arrayContaining(['R93', 'R84', 'R75']));
		expect(r93.parties.map((p) => p.code)).toContain('04');
		expect(dep.fil.map((r) => r.code)).toEqual(['FR', 'R93']);
		expect(dep.comparaisons.map((r) => r.code)).toEqual(['R93', 'FR']);
		// the figures the département has always had
		expect(dep.communes).toBe(198);
		expect(dep.ifn_moyen).toBeCloseTo(6.71, 2);
		expect(dep.lieux['france-services']).toBe(16);
		// an EPCI is whole, compared with every département it spans
		expect([...e.departements].sort()).toEqual(epciDeps);
		expect(e.comparaisons.filter((c) => c.niveau === 'departement').length).toBe(epciDeps.length);
		for (const s of [fr, r93, e]) {
			const sum = (f: (p: TerritoryFigures) => number) => s.parties.reduce((a, p) => a + f(p), 0);
			expect(
				sum((p) => p.communes),
				s.code
			).toBe(s.communes);
			expect(
				sum((p) => p.population),
				s.code
			).toBe(s.population);
			expect(sum(lieux), s.code).toBe(lieux(s));
			expect(
				sum((p) => p.zones_blanches.communes),
				s.code
			).toBe(s.zones_blanches.communes);
		}
	});

	it('answers the dashboards of France and of a région, with the summary’s zones blanches', async () => {
		for (const code of ['FR', 'R93']) {
			const summary = (await get<TerritorySummary>(`/api/territoires/${code}`)).body;
			const { status, body } = await get<CoverageViewData>(
				`/api/territoires/${code}/couverture?communes=0`
			);
			expect(status).toBe(200);
			expect(body.communes).toEqual([]);
			expect(body.dashboard.communes).toBe(summary.communes);
			expect(body.dashboard.zonesBlanches.count).toBe(summary.zones_blanches.communes);
			expect(Object.keys(body.parties).sort()).toEqual(summary.parties.map((p) => p.code).sort());
		}
		const region = await get<CoverageViewData>('/api/territoires/04/couverture?reference=region');
		expect(region.status).toBe(200);
		expect(region.body.references.region).toBeGreaterThan(4);
		expect(new Set(region.body.communes.map((c) => c.r))).toEqual(
			new Set([Math.round(region.body.references.region! * 1000) / 1000])
		);
	});

	it.each([
		['/api/territoires/R9', 400, /^Code de territoire invalide/],
		['/api/territoires/constructor/couverture', 400, /^Code de territoire invalide/],
		['/api/territoires/FR/couverture?communes=2', 400, /communes/],
		['/api/territoires/R99', 404, /^Territoire inconnu/],
		['/api/territoires/R99/couverture', 404, /^Territoire inconnu/],
		['/api/territoires/R93/carte', 404, /tuiles/]
	])('answers %s with %i in French', async (path, status, message) => {
		const r = await get<{ error: string }>(path);
		expect(r.status).toBe(status);
		expect(r.body.error).toMatch(message);
	});
});

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 860 } });
	await page.goto(baseURL + path);
	// the dashboard for the choices made has loaded
	await page.getByTestId('zones-blanches').waitFor({ timeout: 60_000 });
	return page;
}

/** The page shows the API's figures: title, breadcrumbs, dashboard, parts table. */
async function expectSameFigures(page: Page, s: TerritorySummary) {
	await expect(page.locator('h1').innerText()).resolves.toContain(s.nom);
	if (s.fil.length)
		await expect(
			page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('listitem').allInnerTexts()
		).resolves.toEqual([...s.fil.map((r) => r.nom), s.nom].map((n) => expect.stringContaining(n)));
	const summary = await page.getByTestId('summary').innerText();
	expect(summary).toContain(`${formatNumber(s.communes)} communes`);
	expect(summary).toContain(`${formatNumber(s.population)} habitants`);
	expect(summary).toContain(`${formatNumber(s.ifn.valeur, 2)} sur 10`);
	expect(summary).toContain(`${formatNumber(lieux(s))} lieux d’aide`);
	const zb = await page.getByTestId('zones-blanches').innerText();
	expect(zb).toMatch(
		new RegExp(
			`^${formatNumber(s.zones_blanches.communes)} zones? blanches? \\(${formatNumber(s.zones_blanches.population)} habitants?\\)`
		)
	);
	const table = page.getByTestId('parts').getByRole('table');
	const rows = table.locator('tbody tr');
	// every part, and the marked average
	await expect(rows.count()).resolves.toBe(s.parties.length + 1);
	await expect(table.getByTestId('marked-average').count()).resolves.toBe(1);
	for (const p of s.parties.slice(0, 5)) {
		const row = rows.filter({ has: page.getByRole('link', { name: p.nom, exact: true }) });
		const col = (key: string) => row.locator(`td[data-col="${key}"]`).innerText();
		await expect(col('ifn'), p.nom).resolves.toMatch(
			new RegExp(`^${formatNumber(p.ifn.valeur, 2)}`)
		);
		await expect(row.innerText(), p.nom).resolves.toContain(formatNumber(p.population));
		await expect(col('zb'), p.nom).resolves.toMatch(
			p.niveau === 'commune'
				? new RegExp(`^${p.zones_blanches.communes ? 'oui' : 'non'}$`)
				: new RegExp(`^${formatNumber(p.zones_blanches.communes)}\\b`)
		);
	}
}

describe('/territoire/{code} at every level', () => {
	it.each(['FR', 'R93'])('shows %s: its dashboard and its parts, without a map', async (code) => {
		const s = (await get<TerritorySummary>(`/api/territoires/${code}`)).body;
		const page = await open(`/territoire/${code}`);
		await expectSameFigures(page, s);
		await expect(page.locator(`[data-map-slot="${code}"]`).count()).resolves.toBe(1);
		const first = s.parties[0];
		await expect(
			page.getByRole('link', { name: first.nom, exact: true }).getAttribute('href')
		).resolves.toBe(`/territoire/${first.code}`);
		expect(await axe(page)).toEqual([]);
		await screenshot(page, `territoire-${code}`);
		await page.close();
	});

	it.each(['04', 'EPCI'])('shows %s on its map with its parts', async (which) => {
		const code = which === 'EPCI' ? epci : which;
		const s = (await get<TerritorySummary>(`/api/territoires/${code}`)).body;
		const page = await open(`/territoire/${code}`);
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expectSameFigures(page, s);
		await screenshot(page, `territoire-niveau-${which}`);
		await page.close();
	});

	it('marks the région’s average among the EPCI when it is the reference', async () => {
		const s = (await get<TerritorySummary>('/api/territoires/04')).body;
		const page = await open('/territoire/04?reference=region');
		const average = await page.getByTestId('marked-average').innerText();
		const region = s.comparaisons.find((c) => c.niveau === 'region')!;
		expect(average).toContain(region.nom);
		expect(average).toContain(formatNumber(region.ifn.valeur, 2));
		await expect(page.getByTestId('above-average').innerText()).resolves.toMatch(
			/au-delà de la moyenne régionale/
		);
		await page.close();
	});

	it('fits a 360 px phone: only the parts table scrolls sideways', async () => {
		for (const code of ['FR', '04']) {
			const page = await open(`/territoire/${code}`, 360);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, code).toBeLessThanOrEqual(360);
			await page.close();
		}
	});

	it('opens a commune on its département’s map, whatever the case of a code', async () => {
		const page = await browser.newPage();
		await page.goto(baseURL + '/territoire/04070');
		expect(new URL(page.url()).pathname).toBe('/territoire/04');
		expect(new URL(page.url()).searchParams.get('commune')).toBe('04070');
		await page.goto(baseURL + '/territoire/r93');
		expect(new URL(page.url()).pathname).toBe('/territoire/R93');
		await page.close();
	});
});
