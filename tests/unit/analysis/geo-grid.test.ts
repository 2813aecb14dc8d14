import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/analysis/geo';
import { GeoGrid } from '../../../src/lib/analysis/geo-grid';
import { random } from '../../helpers/random';

describe('haversineKm', () => {
	it.each([
		['same point', [44, 5, 44, 5], 0],
		['one degree of latitude', [44, 5, 45, 5], (6371 * Math.PI) / 180],
		['one degree of longitude on the equator', [0, 5, 0, 6], (6371 * Math.PI) / 180],
		['antipodes', [0, 0, 0, 180], 6371 * Math.PI]
	])('%s', (_, [a, b, c, d], km) => {
		expect(haversineKm(a, b, c, d)).toBeCloseTo(km, 9);
	});
});

// Mainland France plus islands far away (Antilles, Réunion), as the real help points are.
function spread(rnd: () => number, n: number) {
	return Array.from({ length: n }, () => {
		const r = rnd();
		if (r < 0.05) return { lat: 14 + rnd() * 3, lon: -62 + rnd() * 2 };
		if (r < 0.1) return { lat: -21.4 + rnd() * 0.5, lon: 55.2 + rnd() * 0.6 };
		return { lat: 42 + rnd() * 9, lon: -5 + rnd() * 13 };
	});
}

describe('GeoGrid against brute force', () => {
	it.each([1, 2, 3, 4])('seed %i', (seed) => {
		const rnd = random(seed);
		const points = spread(rnd, 50 + seed * 200);
		const grid = new GeoGrid(points, [0.1, 0.05, 0.5, 1][seed - 1]);
		for (const q of spread(rnd, 300)) {
			const km = points.map((p) => haversineKm(q.lat, q.lon, p.lat, p.lon));
			const best = km.indexOf(Math.min(...km));
			expect(grid.nearest(q.lat, q.lon)).toBe(best);
			const radius = 20 + rnd() * 60;
			const found: number[] = [];
			grid.within(q.lat, q.lon, radius, (i, d) => {
				expect(d).toBe(km[i]);
				found.push(i);
			});
			const expected = km.flatMap((d, i) => (d <= radius ? [i] : []));
			expect(found.sort((a, b) => a - b)).toEqual(expected);
		}
	});

	it('empty grid', () => {
		const grid = new GeoGrid([]);
		expect(grid.nearest(44, 5)).toBe(-1);
		grid.within(44, 5, 100, () => expect.unreachable());
	});
});
