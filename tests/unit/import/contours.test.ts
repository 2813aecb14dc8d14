import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, featureCollection, union } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	communeShapes,
	contoursFileFor,
	departementShape,
	edgeDissolve,
	epciOutlines,
	mergeCommuneShapes,
	simplifyArea,
	type Area,
	type Feature2018
} from '../../../src/lib/import/contours';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/territories');
const features: Feature2018[] = JSON.parse(
	readFileSync(resolve(FIXTURES, 'communes-2018-sample.geojson'), 'utf8')
).features;
const shapeOf = (code: string) => features.find((f) => f.properties.code === code)!.geometry;
const m2 = (g: Area) => area(g);
const communes = [
	{ code: '40197', anciensCodes: ['40009', '40107', '40302'] },
	{ code: '40001', anciensCodes: [] },
	{ code: '14712', anciensCodes: ['14114'] },
	{ code: '14666', anciensCodes: [] },
	{ code: '99999', anciensCodes: [] }
];
const rings = (g: Area): Position[][] =>
	g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

describe('mergeCommuneShapes (fixture)', () => {
	const { shapes, missing } = mergeCommuneShapes(communes, features);
	const get = (code: string) => shapes.find((s) => s.code === code)!;

	it.each([
		['40197', 'union', undefined],
		['40001', 'exact', undefined],
		['14712', 'fallback', ['14666']],
		['14666', 'fallback', ['14712']]
	])('%s is %s', (code, status, sharedWith) => {
		expect(get(code).geomStatus).toBe(status);
		expect(get(code).sharedWith).toEqual(sharedWith);
	});

	it('unions the former communes into one polygon of the same area', () => {
		const parts = ['40197', '40009', '40107', '40302'].map(shapeOf);
		expect(get('40197').geometry.type).toBe('Polygon');
		const sum = parts.reduce((s, g) => s + m2(g), 0);
		expect(m2(get('40197').geometry) / sum).toBeCloseTo(1, 4);
	});

	it('draws a re-created commune with its 2018 parent shape and says so', () => {
		expect(get('14666').geometry).toBe(shapeOf('14712'));
		expect(missing).toEqual(['99999']);
	});

	it('can concatenate parts instead of dissolving them', () => {
		const r = mergeCommuneShapes(communes.slice(0, 1), features, { merge: 'multipolygon' });
		expect(r.shapes[0].geometry.type).toBe('MultiPolygon');
		expect(r.shapes[0].geometry.coordinates).toHaveLength(4);
	});
});

describe('edgeDissolve', () => {
	const parts = ['40197', '40009', '40107', '40302'].map(shapeOf);

	it('matches turf union on neighbouring communes', () => {
		const fc = featureCollection(
			parts.map((g) => ({ type: 'Feature' as const, geometry: g, properties: {} }))
		);
		const u = union(fc)!.geometry;
		const d = edgeDissolve(parts);
		expect(d.type).toBe(u.type);
		expect(rings(d)).toHaveLength(rings(u).length);
		expect(m2(d) / m2(u)).toBeCloseTo(1, 6);
	});

	it('keeps disjoint pieces apart and ignores a duplicated shape', () => {
		const d = edgeDissolve([shapeOf('40001'), shapeOf('14712'), shapeOf('14712')]);
		expect(d.type).toBe('MultiPolygon');
		expect(m2(d) / (m2(shapeOf('40001')) + m2(shapeOf('14712')))).toBeCloseTo(1, 6);
	});
});

describe('simplification and outlines', () => {
	it('simplifies, rounds to 5 decimals and keeps closed rings', () => {
		const g = shapeOf('40197');
		const s = simplifyArea(g, { tolerance: 0.001 });
		expect(rings(s).flat().length).toBeLessThan(rings(g).flat().length);
		for (const r of rings(s)) {
			expect(r.length).toBeGreaterThanOrEqual(4);
			expect(r[0]).toEqual(r[r.length - 1]);
			for (const [x, y] of r) expect([x, y]).toEqual([+x.toFixed(5), +y.toFixed(5)]);
		}
		expect(m2(s) / m2(g)).toBeCloseTo(1, 1);
	});

	it('simplified commune shapes keep status and codes', () => {
		const { shapes } = communeShapes(communes, features);
		expect(shapes.map((s) => [s.code, s.geomStatus])).toEqual([
			['40197', 'union'],
			['40001', 'exact'],
			['14712', 'fallback'],
			['14666', 'fallback']
		]);
	});

	it('EPCI outline dissolves members and skips members without shape', () => {
		const { shapes } = mergeCommuneShapes(communes, features);
		const out = epciOutlines(
			[
				{ code: 'E', membres: ['40197', '40009', '99999'] },
				{ code: 'F', membres: ['00000'] }
			],
			shapes
		);
		expect(out.map((o) => o.code)).toEqual(['E']);
		expect(out[0].geometry.type).toBe('Polygon');
	});

	it('département shape from its features', () => {
		const f = features.filter((x) => x.properties.code.startsWith('40')) as Feature<Area>[];
		expect(departementShape(f).type).toBe('MultiPolygon');
	});

	it.each([
		['04', 'communes', 'communes-04-alpes-de-haute-provence.geojson'],
		['2a', 'communes', 'communes-2A-corse-du-sud.geojson'],
		['04', 'departement', 'departement-04-alpes-de-haute-provence.geojson'],
		['40', 'communes', null],
		['4', 'communes', null]
	] as const)('contoursFileFor(%s, %s)', (dep, kind, expected) => {
		const names = [
			'communes-04-alpes-de-haute-provence.geojson',
			'communes-2A-corse-du-sud.geojson',
			'departement-04-alpes-de-haute-provence.geojson',
			'communes-40-landes.json'
		];
		expect(contoursFileFor(dep, names, kind)).toBe(expected);
	});
});
