import { describe, expect, it } from 'vitest';
import { spreadMarkers, type Px } from '$lib/map/spread';

const minGap = (ps: Px[]) => {
	let m = Infinity;
	for (let i = 0; i < ps.length; i++)
		for (let j = i + 1; j < ps.length; j++)
			m = Math.min(m, Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y));
	return m;
};

// a tiny deterministic generator, so a failure can be replayed
function rng(seed: number) {
	return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

describe('spreadMarkers', () => {
	it('separates markers stacked on one village (the finder’s 1, 2, 3)', () => {
		const out = spreadMarkers(
			[
				{ x: 100, y: 100 },
				{ x: 101, y: 100 },
				{ x: 100, y: 101 }
			],
			26
		);
		expect(minGap(out)).toBeGreaterThanOrEqual(26 - 1e-6);
		// 1 at the top, then clockwise
		expect(out[0].y).toBeLessThan(out[1].y);
		expect(out[1].x).toBeGreaterThan(out[2].x);
	});

	it('leaves markers that are already apart where they are', () => {
		const pts = [
			{ x: 0, y: 0 },
			{ x: 50, y: 0 },
			{ x: 0, y: 50 }
		];
		expect(spreadMarkers(pts, 26)).toEqual(pts);
	});

	it.each([1, 2, 3, 4, 5])('never leaves two markers overlapping (random seed %i)', (seed) => {
		const r = rng(seed);
		// ten results, most of them in two villages, as for a search in the 04
		const pts = Array.from({ length: 10 }, (_, i) => ({
			x: (i < 4 ? 200 : i < 8 ? 230 : 400) + r() * 10,
			y: 200 + r() * 10
		}));
		const out = spreadMarkers(pts, 26);
		expect(minGap(out)).toBeGreaterThanOrEqual(26 - 1e-6);
		// and nothing flies away: every marker stays within a ring of its place
		out.forEach((p, i) => expect(Math.hypot(p.x - pts[i].x, p.y - pts[i].y)).toBeLessThan(26 * 3));
	});
});
