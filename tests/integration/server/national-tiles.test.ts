// Issue 12: the national map's vector tiles, cut from a database built from the real open data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import Pbf from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { buildTileIndex, readTileContext, type BuildStep } from '$lib/server/tiles/tile-source';
import { encodeTile, tileLayers, type TileIndex } from '$lib/server/tiles/tile-index';
import { communeLayer } from '$lib/server/tiles/tile-features';
import { communeValues, territoryFrame, tileCommuneShapes } from '$lib/server/db/tiles-data';
import { communesGeoJson } from '$lib/server/db/carte';
import { territorySummary } from '$lib/server/territories/summary';
import { coverageCommunes } from '$lib/server/db/coverage-data';
import { territoryCoverage } from '$lib/server/coverage/territory-coverage';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { buildFromOpendata } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';

const out = join(tempDir('maillage-tiles-'), 'test.sqlite');

/** The tiles at zoom z over a bounding box [west, south, east, north]. */
function tilesOver([w, s, e, n]: number[], z: number): [number, number][] {
	const count = 2 ** z;
	const tx = (lon: number) => Math.floor(((lon + 180) / 360) * count);
	const ty = (lat: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * count);
	};
	const out: [number, number][] = [];
	for (let x = tx(w); x <= tx(e); x++) for (let y = ty(n); y <= ty(s); y++) out.push([x, y]);
	return out;
}

/** Properties of the features of one layer over the tiles, by code (each territory once). */
function decoded(index: TileIndex, z: number, tiles: [number, number][], layer: string) {
	const byCode = new Map<string, Record<string, unknown>>();
	for (const [x, y] of tiles) {
		const l = new VectorTile(new Pbf(encodeTile(index, z, x, y))).layers[layer];
		for (let i = 0; i < (l?.length ?? 0); i++) {
			const p = l.feature(i).properties;
			byCode.set(String(p.code), p);
		}
	}
	return byCode;
}

describe('national vector tiles (real open data, 04 and 84)', () => {
	buildFromOpendata(out, ['04', '84']);
	let db: Database.Database;
	const index: TileIndex = { shapes: {} };
	let steps: BuildStep[] = [];
	let bbox: number[];
	beforeAll(() => {
		db = new Database(out, { readonly: true });
		steps = [...buildTileIndex(db, index)];
		bbox = territoryFrame(db, 'france', 'FR') ?? [];
	});
	afterAll(() => db?.close());

	it('indexes the national view first, then the EPCI, then the communes', () => {
		expect(steps.map((s) => s.step)).toEqual(['départements et lieux', 'EPCI et noms', 'communes']);
		expect(bbox[0]).toBeGreaterThan(4);
		expect(bbox[2]).toBeLessThan(8);
	});

	it('colours each département with the figures its dashboard shows', async () => {
		const deps = decoded(index, 6, tilesOver(bbox, 6), 'departements');
		expect([...deps.keys()].sort()).toEqual(['04', '84']);
		for (const code of ['04', '84']) {
			const s = await territorySummary(db, code);
			const p = deps.get(code);
			expect(p?.nom).toBe(s?.nom);
			expect(p?.population).toBe(s?.population);
			expect(p?.region_nom).toBe("Provence-Alpes-Côte d'Azur");
			expect(Number(p?.ifn)).toBeCloseTo(s?.ifn.valeur ?? NaN, 3);
			const ill = territoryCoverage(db, code, { ...DEFAULT_PARAMS, indicateur: 'illectronisme' });
			expect(Number(p?.illectronisme)).toBeCloseTo(ill.references.departement ?? NaN, 3);
		}
		// the 04 has no rate of its own in the source: the mean of its communes' rates (17.82)
		expect(Number(deps.get('04')?.illectronisme)).toBeCloseTo(17.82, 2);
	});

	it('shows an EPCI straddling 04 and 84 once, with its published IFN and its main département', async () => {
		const epci = decoded(index, 8, tilesOver(bbox, 8), 'epci');
		const apt = epci.get('200040624'); // CC Pays d'Apt-Luberon, mostly in the 84
		expect(apt).toMatchObject({
			nom: expect.stringMatching(/^CC Pays d.Apt-Luberon$/),
			departement: '84'
		});
		expect(Number(apt?.ifn)).toBeCloseTo(6.157, 3);
		const summary = (await territorySummary(db, '04'))?.epci ?? [];
		for (const e of summary)
			expect(Number(epci.get(e.code)?.ifn), e.code).toBeCloseTo(e.ifn.valeur ?? NaN, 3);
	});

	it('gives every commune the values of the département map, illectronisme painted alike', () => {
		const ctx = readTileContext(db);
		const tiles = communeLayer(ctx, tileCommuneShapes(db), communeValues(db)).features;
		for (const dep of ['04', '84']) {
			const map = communesGeoJson(db, dep).features;
			const painted = new Map(coverageCommunes(db, dep).map((c) => [c.code, c.values]));
			expect(map.length).toBeGreaterThan(100);
			for (const f of map) {
				const code = String(f.properties?.code);
				const t = tiles.find((x) => x.properties?.code === code)?.properties ?? {};
				for (const k of ['ifn', 'ifn_thd', 'ifn_4g', 'ifn_pauvrete', 'ifn_65plus', 'ifn_diplomes'])
					expect(t[k], `${code} ${k}`).toBe(f.properties?.[k]);
				const ill = painted.get(code)?.illectronisme;
				if (ill == null) expect(t.illectronisme, code).toBeUndefined();
				else expect(t.illectronisme, code).toBeCloseTo(ill, 3);
				expect(t.departement).toBe(dep);
			}
		}
	});

	it('counts every help point of the database once in the groups of every zoom', () => {
		const total = (db.prepare('SELECT count(*) n FROM lieux').get() as { n: number }).n;
		const [w, s, e, n] = db
			.prepare('SELECT min(lon), min(lat), max(lon), max(lat) FROM lieux')
			.raw()
			.get() as number[];
		for (const z of [5, 8, 11]) {
			let counted = 0;
			for (const [x, y] of tilesOver([w, s, e, n], z))
				for (const f of tileLayers(index, z, x, y).lieux?.features ?? []) {
					const [[px, py]] = f.geometry as [number, number][];
					if (px < 0 || py < 0 || px >= 4096 || py >= 4096) continue;
					counted += f.tags?.cluster ? Number(f.tags.count) : 1;
				}
			expect(counted, `z${z}`).toBe(total);
		}
	});

	it('keeps the tiles of the national and département views small (gzipped)', () => {
		for (const z of [5, 6, 8, 10]) {
			const sizes = tilesOver(bbox, z).map(([x, y]) => gzipSync(encodeTile(index, z, x, y)).length);
			expect(Math.max(...sizes), `z${z}`).toBeLessThan(60_000);
		}
	});
});
