/**
 * Territories at every level on databases built from the real open data: the same figures for
 * France, a région, a département, an EPCI straddling two départements and a commune; parts that
 * add up; région averages over the whole région whatever was built; zones blanches that are the
 * same commune by commune on every level and for every reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { analyseTerritory } from '$lib/server/coverage/territory-analysis';
import { departementsCoverage, indicatorReferences } from '$lib/server/coverage/territory-coverage';
import { coverageView } from '$lib/server/coverage/coverage-view';
import { territorySummary } from '$lib/server/territories/summary';
import { territoryMapData } from '$lib/server/territories/map-data';
import type { TerritoryFigures, TerritorySummary } from '$lib/types/territory';
import { buildFromOpendata } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir('maillage-levels-');
const sum = (list: TerritoryFigures[], f: (x: TerritoryFigures) => number) =>
	list.reduce((a, x) => a + f(x), 0);
const lieux = (x: TerritoryFigures) => Object.values(x.lieux).reduce((a, n) => a + n, 0);

/** The parts of a territory add up to it (no part straddles the territory's border). */
function expectPartsAddUp(s: TerritorySummary) {
	expect(sum(s.parties, (p) => p.communes)).toBe(s.communes);
	expect(sum(s.parties, (p) => p.population)).toBe(s.population);
	expect(sum(s.parties, lieux)).toBe(lieux(s));
	expect(sum(s.parties, (p) => p.zones_blanches.communes)).toBe(s.zones_blanches.communes);
	expect(sum(s.parties, (p) => p.zones_blanches.population)).toBe(s.zones_blanches.population);
}

describe('territories at every level (real open data, 04, 05, 40)', () => {
	const out = join(dir, 'levels.sqlite');
	buildFromOpendata(out, ['04', '05', '40']);
	let db: Database.Database;
	let straddling: string;
	beforeAll(() => {
		db = new Database(out, { readonly: true });
		straddling = db
			.prepare(
				`SELECT epci FROM communes WHERE epci IS NOT NULL GROUP BY epci
				 HAVING count(DISTINCT departement) = 2 ORDER BY count(*) DESC LIMIT 1`
			)
			.pluck()
			.get() as string;
	});
	afterAll(() => db?.close());

	it('gives France, a région, a département, an EPCI and a commune the same fields', async () => {
		const keys = Object.keys((await territorySummary(db, '04'))!).filter((k) => k !== 'epci');
		for (const code of ['FR', 'R93', '04', straddling, '04070']) {
			const s = await territorySummary(db, code);
			// a département also keeps its former `epci` list
			const own = Object.keys(s!).filter((k) => k !== 'epci');
			expect(own.sort(), code).toEqual([...keys].sort());
			expect('epci' in s!, code).toBe(code === '04');
			for (const p of s!.parties)
				expect(Object.keys(p).sort()).toEqual(
					keys
						.filter(
							(k) => !['fil', 'niveau_parties', 'parties', 'comparaisons', 'sources'].includes(k)
						)
						.sort()
				);
		}
		expect(await territorySummary(db, 'R84')).toBeNull();
		expect(await territorySummary(db, '13')).toBeNull();
	});

	it('adds France up from its régions, a région from its départements, an EPCI from its communes', async () => {
		const fr = (await territorySummary(db, 'FR'))!;
		expect(fr.parties.map((p) => p.code)).toEqual(['R75', 'R93']);
		expectPartsAddUp(fr);
		const r93 = (await territorySummary(db, 'R93'))!;
		expect(r93.parties.map((p) => p.code)).toEqual(['04', '05']);
		expectPartsAddUp(r93);
		const epci = (await territorySummary(db, straddling))!;
		expect(epci.niveau_parties).toBe('commune');
		expectPartsAddUp(epci);
		// and each part is the territory itself, as its own summary gives it
		for (const part of [...fr.parties, ...r93.parties]) {
			const own = (await territorySummary(db, part.code))!;
			expect(part).toEqual(
				Object.fromEntries(Object.keys(part).map((k) => [k, own[k as keyof TerritorySummary]]))
			);
		}
	});

	it('keeps a straddling EPCI whole in both départements, compared with both', async () => {
		const epci = (await territorySummary(db, straddling))!;
		expect([...epci.departements].sort()).toEqual(['04', '05']);
		expect(new Set(epci.parties.map((c) => c.code.slice(0, 2)))).toEqual(new Set(['04', '05']));
		for (const dep of ['04', '05']) {
			const row = (await territorySummary(db, dep))!.parties.find((p) => p.code === straddling);
			expect(row?.communes, dep).toBe(epci.communes);
			expect(row?.zones_blanches, dep).toEqual(epci.zones_blanches);
			expect(row?.lieux, dep).toEqual(epci.lieux);
		}
		expect(epci.comparaisons.map((c) => c.code)).toEqual([...epci.departements, 'R93', 'FR']);
		expect(epci.fil.map((r) => r.code)).toEqual(['FR', 'R93', epci.departements[0]]);
	});

	it('compares a commune with its EPCI, département, région and France', async () => {
		const c = (await territorySummary(db, '04070'))!;
		expect(c).toMatchObject({ niveau: 'commune', communes: 1, parties: [] });
		expect(c.comparaisons.map((r) => r.code)).toEqual(['200067437', '04', 'R93', 'FR']);
		expect(c.ifn.valeur).toBeCloseTo(
			db
				.prepare(
					"SELECT valeur FROM indicateurs WHERE niveau = 'commune' AND code = '04070' AND indicateur = 'ifn'"
				)
				.pluck()
				.get() as number,
			12
		);
	});

	it('says 04’s illectronisme the way the map does, the mean of its communes', async () => {
		const s = (await territorySummary(db, '04'))!;
		expect(s.illectronisme).toBeCloseTo(17.82, 2);
		expect(s.illectronisme_origine).toBe('moyenne');
		expect(s.illectronisme).toBe(indicatorReferences(db, 'illectronisme').departement['04']);
	});

	it('finds the same zones blanches commune by commune from France, a région, a département and an EPCI', async () => {
		for (const params of [
			DEFAULT_PARAMS,
			{ ...DEFAULT_PARAMS, reference: 'region' as const },
			{ ...DEFAULT_PARAMS, indicateur: 'illectronisme' as const, reference: 'france' as const }
		]) {
			const fr = (await analyseTerritory(db, 'FR', params))!;
			const inFrance = new Map(fr.communes.map((c, i) => [c.code, fr.coverage[i]]));
			for (const code of ['R93', '04', '05', '40', straddling]) {
				const a = (await analyseTerritory(db, code, params))!;
				a.communes.forEach((c, i) =>
					expect(a.coverage[i], `${code} ${c.code}`).toEqual(inFrance.get(c.code))
				);
				expect(a.dashboard.zonesBlanches.count).toBe(
					a.coverage.filter((x) => x.zoneBlanche).length
				);
			}
		}
	});

	it('compares with the région’s average when asked, the same for all its communes', async () => {
		const refs = indicatorReferences(db, 'ifn');
		const view = (await coverageView(db, 'R93', { ...DEFAULT_PARAMS, reference: 'region' }))!;
		expect(view.references.region).toBe(refs.region['93']);
		expect(new Set(view.communes.map((c) => c.r))).toEqual(
			new Set([Math.round(refs.region['93']! * 1000) / 1000])
		);
		expect(view.references.regions).toEqual({ R93: refs.region['93'] });
		expect(Object.keys(view.references.departements!)).toEqual(['04', '05']);
		const without = (await coverageView(db, 'R93', DEFAULT_PARAMS, false))!;
		expect(without.communes).toEqual([]);
		expect(Object.keys(without.parties)).toEqual(['04', '05']);
		expect(without.dashboard.zonesBlanches).toEqual(
			(await coverageView(db, 'R93', DEFAULT_PARAMS))!.dashboard.zonesBlanches
		);
	});

	it('gives the event loop back between départements of a cold computation', async () => {
		let ticks = 0;
		const deps = ['04', '05', '40'];
		const params = { ...DEFAULT_PARAMS, seuilKm: 13 };
		const timer = setInterval(() => ticks++, 0);
		await departementsCoverage(db, deps, params);
		clearInterval(timer);
		expect(ticks).toBeGreaterThanOrEqual(2);
		// warm, it answers at once
		const t0 = performance.now();
		await departementsCoverage(db, deps, params);
		expect(performance.now() - t0).toBeLessThan(50);
	});

	it('draws an EPCI with all its communes across the border, and no map for a région', () => {
		const map = territoryMapData(db, straddling)!;
		const epci = db
			.prepare('SELECT count(*) FROM communes WHERE epci = ?')
			.pluck()
			.get(straddling) as number;
		expect(map.communes.features).toHaveLength(epci);
		expect(map.contours.features.map((f) => f.properties?.niveau).sort()).toEqual([
			'departement',
			'departement',
			'epci'
		]);
		const [w, s, e, n] = map.bbox;
		for (const f of map.communes.features) {
			const { lat, lon } = f.properties as { lat: number; lon: number };
			expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
		}
		expect(territoryMapData(db, 'R93')).toBeNull();
		expect(territoryMapData(db, '04')?.communes.features).toHaveLength(198);
	});
});

describe('région averages over the whole région, whatever was built', () => {
	const part = join(dir, 'part.sqlite');
	const whole = join(dir, 'paca.sqlite');
	buildFromOpendata(part, ['04']);
	buildFromOpendata(whole, ['04', '05', '06', '13', '83', '84']);

	it('stores the population-weighted mean of every commune of Provence-Alpes-Côte d’Azur', () => {
		const w = new Database(whole, { readonly: true });
		const p = new Database(part, { readonly: true });
		try {
			const stored = (d: Database.Database, ind: string) =>
				d
					.prepare(
						"SELECT valeur FROM indicateurs WHERE niveau = 'region' AND code = '93' AND indicateur = ?"
					)
					.pluck()
					.get(ind) as number;
			for (const ind of [
				'ifn',
				'ifn_thd',
				'ifn_4g',
				'ifn_pauvrete',
				'ifn_65plus',
				'ifn_diplomes'
			]) {
				const brute = w
					.prepare(
						`SELECT sum(i.valeur * c.population) / sum(c.population) FROM communes c
						 JOIN indicateurs i ON i.niveau = 'commune' AND i.code = c.code AND i.indicateur = ?
						 WHERE c.population > 0`
					)
					.pluck()
					.get(ind) as number;
				expect(stored(w, ind), ind).toBeCloseTo(brute, 9);
				expect(stored(p, ind), ind).toBeCloseTo(brute, 9);
			}
		} finally {
			w.close();
			p.close();
		}
	});
});
