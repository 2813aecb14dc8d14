import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	parseCommunePoints,
	representativePoints
} from '../../../src/lib/import/representative-point';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/territories');
const file = 'communes-latlng-sample.csv';

describe('parseCommunePoints (fixture)', () => {
	const { records, issues } = parseCommunePoints(
		readFileSync(resolve(FIXTURES, file), 'utf8'),
		file
	);

	it('keeps one COM row per code', () => {
		expect(records).toEqual([
			{ code: '04001', lat: 44.06319, lon: 6.14129 },
			{ code: '04070', lat: 44.09543, lon: 6.24948 },
			{ code: '15141', lat: 45.13966, lon: 2.93452 }
		]);
	});

	it.each([
		['warning', 8, 'lat', /Pas de coordonnées pour 85165/],
		['error', 9, 'lat', /impossibles pour 40001/]
	])('%s on line %i', (level, line, field, message) => {
		const found = issues.find((i) => i.line === line);
		expect(found).toMatchObject({ level, file, field });
		expect(found?.message).toMatch(message);
	});
});

describe('parseCommunePoints ARM (fixture)', () => {
	it('keeps one row per municipal arrondissement, none of the communes', () => {
		const { records } = parseCommunePoints(
			readFileSync(resolve(FIXTURES, file), 'utf8'),
			file,
			'ARM'
		);
		expect(records).toEqual([
			{ code: '75111', lat: 48.86007, lon: 2.38156 },
			{ code: '75116', lat: 48.85716, lon: 2.26298 }
		]);
	});
});

describe('representativePoints', () => {
	const square: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[0, 1],
				[1, 1],
				[1, 0],
				[0, 0]
			]
		]
	};
	const shapes = [
		{ code: 'A', geometry: square },
		{ code: 'B', geometry: square }
	];
	const { points, missing } = representativePoints(
		[{ code: 'A' }, { code: 'B' }, { code: 'C' }],
		[{ code: 'A', lat: 44, lon: 6 }],
		shapes
	);

	it.each([
		['A', 'csv'],
		['B', 'shape']
	])('%s comes from %s', (code, source) => {
		expect(points.find((p) => p.code === code)?.source).toBe(source);
	});

	it('puts the shape point on the shape and lists communes with neither', () => {
		const b = points.find((p) => p.code === 'B')!;
		expect(booleanPointInPolygon([b.lon, b.lat], square)).toBe(true);
		expect(missing).toEqual(['C']);
	});
});
