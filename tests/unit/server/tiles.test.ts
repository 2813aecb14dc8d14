import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import Pbf from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { clusterLabel, clusterProperties } from '$lib/server/tiles/cluster-properties';
import {
	communeLayer,
	departementLayer,
	epciLayer,
	helpPointLayer,
	nameLayer,
	roundValues,
	type TileContext
} from '$lib/server/tiles/tile-features';
import {
	canCut,
	clusterPoints,
	cutLayer,
	encodeTile,
	tileLayers,
	type TileIndex
} from '$lib/server/tiles/tile-index';
import { tileResponse } from '$lib/server/tiles/tile-response';
import { geometryBbox, unionBbox } from '$lib/analysis/bbox';
import { CLUSTER_MAX_ZOOM } from '$lib/map/national-levels';
import type { TileHelpPointRow } from '$lib/server/db/tiles-data';
import { squarePolygon } from '../../helpers/square';
import { random } from '../../helpers/random';

/** The tile (x, y) at zoom z that holds a point. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const r = (lat * Math.PI) / 180;
	return [
		Math.floor(((lon + 180) / 360) * n),
		Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)
	];
}

// A small country: one département of two communes in one EPCI, and a neighbour without EPCI.
const ctx: TileContext = {
	departements: [
		{
			code: '04',
			nom: 'Alpes-de-Haute-Provence',
			population: 3000,
			geometry: JSON.stringify(squarePolygon(6, 44, 0.2))
		},
		{ code: '05', nom: 'Hautes-Alpes', population: 10, geometry: null }
	],
	epci: [{ code: '200067437', nom: 'CA Provence-Alpes-Agglomération', population: 2500 }],
	communes: [
		{
			code: '04070',
			nom: 'Digne-les-Bains',
			departement: '04',
			epci: '200067437',
			population: 2000,
			lat: 44.05,
			lon: 6.05
		},
		{
			code: '04001',
			nom: 'Aiglun',
			departement: '04',
			epci: '200067437',
			population: 500,
			lat: 44.07,
			lon: 6.07
		},
		{
			code: '04002',
			nom: 'Allos',
			departement: '04',
			epci: null,
			population: 500,
			lat: null,
			lon: null
		}
	],
	values: {
		departement: new Map([['04', { ifn: 6.71234, illectronisme: 17.8 }]]),
		epci: new Map([['200067437', { ifn: 6.5 }]])
	}
};
const shapes = (...codes: [string, number, number][]) =>
	codes.map(([code, lon, lat]) => ({
		code,
		geometry: JSON.stringify(squarePolygon(lon, lat, 0.1))
	}));
const communeValues = new Map([['04070', { ifn: 7.1, ifn_thd: 3, illectronisme: 18 }]]);
const points: TileHelpPointRow[] = [
	{
		id: 1,
		kind: 'france-services',
		nom: 'France services de Digne',
		commune: 'Digne-les-Bains',
		lat: 44.05,
		lon: 6.05,
		itinerant: 0,
		approximatif: 0,
		date_maj: '2024-08-01'
	},
	{
		id: 2,
		kind: 'mediation',
		nom: 'Médiathèque',
		commune: 'Digne-les-Bains',
		lat: 44.051,
		lon: 6.051,
		itinerant: 1,
		approximatif: 0,
		date_maj: '2023-05-17'
	}
];

function smallIndex(): TileIndex {
	return {
		shapes: {
			departements: cutLayer(departementLayer(ctx)),
			epci: cutLayer(epciLayer(ctx, shapes(['200067437', 6, 44]))),
			communes: cutLayer(
				communeLayer(ctx, shapes(['04070', 6, 44], ['04001', 6.06, 44.06]), communeValues)
			),
			noms: cutLayer(nameLayer(ctx))
		},
		lieux: clusterPoints(helpPointLayer(points))
	};
}

/** Decode an encoded tile: layer → features' properties. */
function decode(bytes: Uint8Array): Record<string, Record<string, unknown>[]> {
	const tile = new VectorTile(new Pbf(bytes));
	const out: Record<string, Record<string, unknown>[]> = {};
	for (const [name, layer] of Object.entries(tile.layers))
		out[name] = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
	return out;
}

describe('the features of the national tiles', () => {
	it('carry each territory’s name, population and values (3 decimals)', () => {
		const [dep] = departementLayer(ctx).features;
		expect(dep.properties).toEqual({
			code: '04',
			nom: 'Alpes-de-Haute-Provence',
			population: 3000,
			ifn: 6.712,
			illectronisme: 17.8
		});
		const [epci] = epciLayer(ctx, shapes(['200067437', 6, 44])).features;
		expect(epci.properties).toEqual({
			code: '200067437',
			nom: 'CA Provence-Alpes-Agglomération',
			population: 2500,
			ifn: 6.5
		});
		const communes = communeLayer(ctx, shapes(['04070', 6, 44], ['04002', 6.2, 44]), communeValues);
		expect(communes.features.map((f) => f.properties)).toEqual([
			{
				code: '04070',
				nom: 'Digne-les-Bains',
				population: 2000,
				ifn: 7.1,
				ifn_thd: 3,
				illectronisme: 18
			},
			// no values: none in the properties (a vector tile has no null)
			{ code: '04002', nom: 'Allos', population: 500 }
		]);
	});

	it('skip territories without a shape, and communes without a point among the names', () => {
		expect(departementLayer(ctx).features).toHaveLength(1);
		expect(nameLayer(ctx).features.map((f) => f.properties?.code)).toEqual(['04070', '04001']);
		expect(communeLayer(ctx, shapes(['99999', 0, 0]), communeValues).features).toEqual([]);
	});

	it('round values to 3 decimals', () => {
		expect(roundValues({ a: 6.71249, b: 17 })).toEqual({ a: 6.712, b: 17 });
		expect(roundValues(undefined)).toEqual({});
	});
});

describe('help-point clusters in tiles', () => {
	it.each([
		[1, '1'],
		[999, '999'],
		[1000, '1 000'],
		[14177, '14 177'],
		[1234567, '1 234 567']
	])('write %s as « %s » (plain spaces, in the first glyph range)', (n, label) => {
		expect(clusterLabel(n)).toBe(label);
	});

	it('give a cluster its count, label and expansion zoom, and leave a lone point as it is', () => {
		const tags = {
			cluster: true,
			cluster_id: 42,
			point_count: 1234,
			point_count_abbreviated: '1.2k'
		};
		expect(clusterProperties(tags, (id) => (id === 42 ? 8 : -1))).toEqual({
			cluster: 1,
			count: 1234,
			label: '1 234',
			expansion_zoom: 8
		});
		const point = { id: 7, kind: 'mediation', nom: 'Médiathèque' };
		expect(clusterProperties(point, () => 0)).toBe(point);
	});

	it('count every point once at every zoom (checked against the points themselves)', () => {
		const rnd = random(12);
		const rows: TileHelpPointRow[] = Array.from({ length: 500 }, (_, i) => ({
			...points[0],
			id: i + 1,
			lon: 5 + rnd() * 2,
			lat: 43.5 + rnd() * 1.5
		}));
		const index: TileIndex = { shapes: {}, lieux: clusterPoints(helpPointLayer(rows)) };
		for (const z of [0, 3, 6, 9, CLUSTER_MAX_ZOOM + 1]) {
			const [x0, y1] = tileOf(5, 43.5, z);
			const [x1, y0] = tileOf(7, 45, z);
			const ids = new Set<number>();
			let counted = 0;
			for (let x = x0; x <= x1; x++)
				for (let y = y0; y <= y1; y++)
					for (const f of tileLayers(index, z, x, y).lieux?.features ?? []) {
						const [[px, py]] = f.geometry as [number, number][];
						// a feature in the buffer of a neighbour is counted by its own tile
						if (px < 0 || py < 0 || px >= 4096 || py >= 4096) continue;
						if (f.tags?.cluster) counted += Number(f.tags.count);
						else {
							ids.add(Number(f.tags?.id));
							counted++;
						}
					}
			expect(counted, `z${z}`).toBe(rows.length);
			if (z > CLUSTER_MAX_ZOOM) expect(ids.size).toBe(rows.length);
		}
	});
});

describe('an encoded national tile', () => {
	const index = smallIndex();
	const [x9, y9] = tileOf(6.05, 44.05, 9);

	it('holds at zoom 9 the three levels, the names and the help points, with their fields', () => {
		const layers = decode(encodeTile(index, 9, x9, y9));
		expect(Object.keys(layers).sort()).toEqual([
			'communes',
			'departements',
			'epci',
			'lieux',
			'noms'
		]);
		expect(layers.communes.map((p) => p.code).sort()).toEqual(['04001', '04070']);
		expect(layers.communes.find((p) => p.code === '04070')).toMatchObject({
			nom: 'Digne-les-Bains',
			ifn: 7.1
		});
		// two help points 100 m apart are one group until zoom 9 at least
		expect(layers.lieux).toEqual([expect.objectContaining({ cluster: 1, count: 2, label: '2' })]);
		// names by the département map's rule: 300 inhabitants and more at zoom 9
		expect(layers.noms.map((p) => p.nom).sort()).toEqual(['Aiglun', 'Digne-les-Bains']);
	});

	it('holds at the national zooms the départements and the help points only', () => {
		const [x, y] = tileOf(6.05, 44.05, 5);
		expect(Object.keys(decode(encodeTile(index, 5, x, y))).sort()).toEqual([
			'departements',
			'lieux'
		]);
		// the names at zoom 7: only towns of more than 5 000 inhabitants
		const [x7, y7] = tileOf(6.05, 44.05, 7);
		expect(decode(encodeTile(index, 7, x7, y7)).noms).toBeUndefined();
	});

	it('holds each level one zoom early for a narrow screen', () => {
		const [x, y] = tileOf(6.05, 44.05, 8);
		expect(decode(encodeTile(index, 8, x, y)).communes).toBeUndefined();
		expect(
			decode(encodeTile(index, 8, x, y, 1))
				.communes?.map((p) => p.code)
				.sort()
		).toEqual(['04001', '04070']);
	});

	it('shows help points one by one past the last clustered zoom, with their popup fields', () => {
		const z = CLUSTER_MAX_ZOOM + 1;
		const [x, y] = tileOf(6.05, 44.05, z);
		expect(decode(encodeTile(index, z, x, y)).lieux).toEqual(
			expect.arrayContaining([
				{
					id: 2,
					kind: 'mediation',
					nom: 'Médiathèque',
					commune: 'Digne-les-Bains',
					itinerant: 1,
					approximatif: 0,
					date_maj: '2023-05-17'
				}
			])
		);
	});

	it('is empty (0 bytes) where there is nothing', () => {
		expect(encodeTile(index, 9, 0, 0)).toHaveLength(0);
	});

	it('can be cut only once every level it holds is indexed', () => {
		const partial: TileIndex = {
			shapes: { departements: index.shapes.departements },
			lieux: index.lieux
		};
		expect(canCut(partial, 6)).toBe(true);
		expect(canCut(partial, 6, 1)).toBe(false);
		expect(canCut(partial, 7)).toBe(false);
		expect(canCut({ shapes: {} }, 0)).toBe(false);
		expect(canCut(index, 12)).toBe(true);
	});
});

describe('the HTTP answer of a tile', () => {
	const body = new Uint8Array(2000).fill(7);
	const file = { body, gz: new Uint8Array(gzipSync(body)) };
	const coord = { z: 5, x: 16, y: 11 };
	const get = (headers: Record<string, string>, f = file) =>
		tileResponse(new Request('http://x/api/tuiles/5/16/11.pbf', { headers }), coord, 0, f);
	const tag = createHash('sha1').update(body).digest('base64url').slice(0, 16);

	it('is gzipped when the browser takes it, with an ETag of its content and a cache time', async () => {
		const r = get({ 'accept-encoding': 'gzip, deflate' });
		expect(r.headers.get('content-encoding')).toBe('gzip');
		expect(r.headers.get('content-type')).toBe('application/x-protobuf');
		expect(r.headers.get('etag')).toBe(`"${tag}-5-16-11-gz"`);
		expect(r.headers.get('cache-control')).toMatch(/max-age=\d+/);
		expect(gunzipSync(Buffer.from(await r.arrayBuffer()))).toEqual(Buffer.from(body));
	});

	it('is raw otherwise, under another ETag', async () => {
		const r = get({});
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(r.headers.get('etag')).toBe(`"${tag}-5-16-11"`);
		expect(new Uint8Array(await r.arrayBuffer())).toEqual(body);
	});

	it('is a 304 when the browser holds these bytes', () => {
		expect(
			get({ 'accept-encoding': 'gzip', 'if-none-match': `"x", "${tag}-5-16-11-gz"` }).status
		).toBe(304);
		expect(get({ 'if-none-match': `"${tag}-5-16-11-gz"` }).status).toBe(200);
	});

	it('has the same ETag for the same bytes cut by another instance, another for new bytes', () => {
		const copy = { body: new Uint8Array(body), gz: new Uint8Array(file.gz) };
		expect(get({}, copy).headers.get('etag')).toBe(get({}).headers.get('etag'));
		const changed = new Uint8Array(body);
		changed[10] = 8;
		const other = { body: changed, gz: new Uint8Array(gzipSync(changed)) };
		expect(get({}, other).headers.get('etag')).not.toBe(get({}).headers.get('etag'));
	});
});

describe('the frame of a territory', () => {
	it('is the bounding box of its shape, rounded outwards', () => {
		expect(geometryBbox(squarePolygon(6.00001, 44, 0.2))).toEqual([6, 44, 6.2001, 44.2]);
	});

	it('holds every box given (a région: its départements), null when none', () => {
		expect(unionBbox([[0, 0, 1, 1], null, [2, -1, 3, 0.5]])).toEqual([0, -1, 3, 1]);
		expect(unionBbox([null])).toBeNull();
		expect(unionBbox([[NaN, 0, 1, 1]])).toBeNull();
	});
});
