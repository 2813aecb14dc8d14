import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/analysis/geo';
import { createNearestIndex, type IndexedPoint } from '../../../src/lib/analysis/nearest';
import { random } from '../../helpers/random';

/** Random points in metropolitan France's bounding box, ids not equal to positions. */
function francepoints(rnd: () => number, n: number): IndexedPoint[] {
	return Array.from({ length: n }, (_, i) => ({
		id: 1000 + i * 7,
		lat: 41.3 + rnd() * (51.1 - 41.3),
		lon: -5.2 + rnd() * (9.6 - -5.2)
	}));
}

function bruteForce(
	points: IndexedPoint[],
	lat: number,
	lon: number,
	limit: number,
	maxKm = Infinity,
	filter?: (id: number) => boolean
) {
	return points
		.filter((p) => !filter || filter(p.id))
		.map((p) => ({ id: p.id, distanceM: haversineKm(lat, lon, p.lat, p.lon) * 1000 }))
		.filter((r) => r.distanceM <= maxKm * 1000)
		.sort((a, b) => a.distanceM - b.distanceM || a.id - b.id)
		.slice(0, limit);
}

describe('createNearestIndex against brute force', () => {
	it.each([1, 2, 3, 4, 5, 6])('random points in France (seed %i)', (seed) => {
		const rnd = random(seed);
		const points = francepoints(rnd, 2000 + seed * 300);
		const index = createNearestIndex(points);
		expect(index.size).toBe(points.length);
		for (let q = 0; q < 40; q++) {
			const lat = 41.3 + rnd() * 9.8;
			const lon = -5.2 + rnd() * 14.8;
			const limit = 1 + Math.floor(rnd() * 25);
			const maxKm = q % 3 === 0 ? 5 + rnd() * 60 : undefined;
			const modulo = 2 + (q % 4);
			const filter = q % 2 === 0 ? (id: number) => id % modulo === 0 : undefined;
			const expected = bruteForce(points, lat, lon, limit, maxKm, filter);
			const actual = index.nearest(lat, lon, { limit, maxKm, filter });
			expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
			actual.forEach((r, i) => expect(r.distanceM).toBeCloseTo(expected[i].distanceM, 6));
		}
	});

	it('includes a point exactly at maxKm', () => {
		const points = [
			{ id: 1, lat: 44.09, lon: 6.24 },
			{ id: 2, lat: 44.2, lon: 6.24 }
		];
		const edge = haversineKm(44.09, 6.24, 44.2, 6.24);
		const index = createNearestIndex(points);
		expect(index.nearest(44.09, 6.24, { limit: 5, maxKm: edge }).map((r) => r.id)).toEqual([1, 2]);
		expect(index.nearest(44.09, 6.24, { limit: 5, maxKm: edge * 0.999 }).map((r) => r.id)).toEqual([
			1
		]);
	});
});

describe('createNearestIndex edge cases', () => {
	const three: IndexedPoint[] = [
		{ id: 10, lat: 44.0925, lon: 6.2356 }, // Digne-les-Bains
		{ id: 20, lat: 43.8343, lon: 5.7839 }, // Manosque
		{ id: 30, lat: 44.1953, lon: 5.9436 } // Sisteron
	];
	it.each([
		['empty index', [], 44, 6, { limit: 5 }, []],
		['limit larger than count', three, 44.0925, 6.2356, { limit: 50 }, [10, 30, 20]],
		['limit 0', three, 44.0925, 6.2356, { limit: 0 }, []],
		['negative limit', three, 44.0925, 6.2356, { limit: -3 }, []],
		['limit 1', three, 43.83, 5.78, { limit: 1 }, [20]],
		['maxKm 0 at a point', three, 44.1953, 5.9436, { limit: 5, maxKm: 0 }, [30]],
		['maxKm excludes all', three, 46, 2, { limit: 5, maxKm: 10 }, []],
		['filter', three, 44.0925, 6.2356, { limit: 5, filter: (id: number) => id !== 30 }, [10, 20]],
		['filter excludes all', three, 44, 6, { limit: 5, filter: () => false }, []],
		['NaN query', three, NaN, 6, { limit: 5 }, []],
		[
			'points without position skipped',
			[...three, { id: 99, lat: NaN, lon: 6 }],
			44.0925,
			6.2356,
			{ limit: 9 },
			[10, 30, 20]
		]
	])('%s', (_name, points, lat, lon, options, expected) => {
		const result = createNearestIndex(points as IndexedPoint[]).nearest(lat, lon, options);
		expect(result.map((r) => r.id)).toEqual(expected);
		for (let i = 1; i < result.length; i++)
			expect(result[i].distanceM).toBeGreaterThanOrEqual(result[i - 1].distanceM);
	});

	it('gives distances in metres', () => {
		const [digne, sisteron] = createNearestIndex(three).nearest(44.0925, 6.2356, { limit: 3 });
		expect(digne).toEqual({ id: 10, distanceM: 0 });
		expect(sisteron.id).toBe(30);
		expect(sisteron.distanceM).toBeCloseTo(haversineKm(44.0925, 6.2356, 44.1953, 5.9436) * 1000, 6);
		// Digne → Sisteron ≈ 26 km as the crow flies
		expect(Math.round(sisteron.distanceM / 1000)).toBe(26);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(three);
		createNearestIndex(three).nearest(44, 6, { limit: 2 });
		expect(three).toEqual(copy);
	});
});
