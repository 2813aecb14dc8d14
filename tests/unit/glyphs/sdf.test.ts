import { describe, expect, it } from 'vitest';
import { glyphSdf, type PathCommand } from '../../../src/lib/glyphs/sdf';

const EDGE = 191; // 255 × (1 − 0.25), rounded

/** A closed polygon as path commands (font units = pixels with scale 1). */
const polygon = (pts: [number, number][]): PathCommand[] => [
	{ type: 'M', x: pts[0][0], y: pts[0][1] },
	...pts.slice(1).map(([x, y]) => ({ type: 'L' as const, x, y })),
	{ type: 'Z' }
];
const square = polygon([
	[0, 0],
	[10, 0],
	[10, 10],
	[0, 10]
]);
const at = (g: ReturnType<typeof glyphSdf>, col: number, row: number) =>
	g.bitmap[row * (g.width + 6) + col];

describe('glyphSdf on a 10 px square', () => {
	const g = glyphSdf(square, { scale: 1 });

	it('has the box and the metrics of the outline', () => {
		expect([g.width, g.height, g.left, g.top, g.bitmap.length]).toEqual([10, 10, 0, 10, 16 * 16]);
	});

	// pixel centres: column c is at x = c − 3 + 0.5, row r at y = 13 − r − 0.5
	it.each([
		['inside, half a pixel from the left edge', 3, 8, EDGE + 16],
		['outside, half a pixel from the left edge', 2, 8, EDGE - 16],
		['centre, 5 px from every edge', 8, 8, 255],
		['outside, 2.5 px beyond the top edge', 8, 0, EDGE - 80],
		['outside corner, (2.5, 2.5) px away', 0, 0, Math.round(191.25 - 31.875 * Math.hypot(2.5, 2.5))]
	])('%s', (_label, col, row, expected) => {
		expect(Math.abs(at(g, col, row) - expected)).toBeLessThanOrEqual(1);
	});

	it('is symmetric', () => {
		for (let r = 0; r < 16; r++)
			for (let c = 0; c < 16; c++) {
				expect(at(g, c, r)).toBe(at(g, 15 - c, r));
				expect(at(g, c, r)).toBe(at(g, c, 15 - r));
				expect(at(g, c, r)).toBe(at(g, r, c));
			}
	});

	it('does not depend on the winding direction', () => {
		const reversed = polygon([
			[0, 0],
			[0, 10],
			[10, 10],
			[10, 0]
		]);
		expect(glyphSdf(reversed, { scale: 1 }).bitmap).toEqual(g.bitmap);
	});

	it('scales the outline', () => {
		const big = glyphSdf(
			polygon([
				[0, 0],
				[1000, 0],
				[1000, 1000],
				[0, 1000]
			]),
			{ scale: 0.01 }
		);
		expect(big.bitmap).toEqual(g.bitmap);
	});
});

describe('glyphSdf edge cases', () => {
	it.each([
		['no commands', []],
		[
			'a zero-area outline',
			polygon([
				[0, 0],
				[10, 0],
				[20, 0]
			])
		]
	])('gives an empty glyph for %s', (_label, commands) => {
		const g = glyphSdf(commands as PathCommand[], { scale: 1 });
		expect([g.width, g.height, g.bitmap.length]).toEqual([0, 0, 0]);
	});

	it('treats a hole as outside (non-zero winding, hole drawn the other way)', () => {
		const ring = [
			...polygon([
				[0, 0],
				[12, 0],
				[12, 12],
				[0, 12]
			]),
			...polygon([
				[4, 4],
				[4, 8],
				[8, 8],
				[8, 4]
			])
		];
		const g = glyphSdf(ring, { scale: 1 });
		expect(at(g, 3 + 6, 3 + 6)).toBeLessThan(EDGE); // centre of the hole
		expect(at(g, 3 + 1, 3 + 6)).toBeGreaterThan(EDGE); // in the frame
	});
});

/** Brute force: distance to every edge of a polygon, sign by even-odd ray casting. */
function bruteForce(pts: [number, number][], px: number, py: number): number {
	let d = Infinity;
	let inside = false;
	for (let i = 0; i < pts.length; i++) {
		const [ax, ay] = pts[i];
		const [bx, by] = pts[(i + 1) % pts.length];
		const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
		const t = l2
			? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / l2))
			: 0;
		d = Math.min(d, Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py));
		if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
	}
	return inside ? -d : d;
}

/** Every pixel of the glyph (frame included) within `levels` of the brute-force outline's. */
function expectBruteForce(g: ReturnType<typeof glyphSdf>, pts: [number, number][], levels: number) {
	const w = g.width + 6;
	for (let r = 0; r < g.height + 6; r++)
		for (let c = 0; c < w; c++) {
			const d = bruteForce(pts, g.left - 3 + c + 0.5, g.top + 3 - r - 0.5);
			const expected = Math.max(0, Math.min(255, 191.25 - 31.875 * d));
			expect(Math.abs(g.bitmap[r * w + c] - expected)).toBeLessThanOrEqual(levels);
		}
}

describe('glyphSdf against brute force', () => {
	it.each([
		[
			'a triangle',
			[
				[1.3, 0.2],
				[14.6, 2.1],
				[6.2, 17.8]
			]
		],
		[
			'an L shape',
			[
				[0, 0],
				[9.5, 0],
				[9.5, 3.2],
				[3.1, 3.2],
				[3.1, 15.7],
				[0, 15.7]
			]
		]
	] as [string, [number, number][]][])('%s', (_label, pts) => {
		expectBruteForce(glyphSdf(polygon(pts), { scale: 1 }), pts, 1);
	});

	it('follows a quadratic curve (a D shape)', () => {
		const d: PathCommand[] = [
			{ type: 'M', x: 0, y: 0 },
			{ type: 'L', x: 0, y: 12 },
			{ type: 'Q', x1: 14, y1: 6, x: 0, y: 0 },
			{ type: 'Z' }
		];
		// the exact curve, sampled finely, stands in for the outline
		const pts: [number, number][] = [[0, 0]];
		for (let k = 0; k <= 400; k++) {
			const t = k / 400;
			pts.push([2 * (1 - t) * t * 14, (1 - t) * (1 - t) * 12 + 2 * (1 - t) * t * 6]);
		}
		// flattening keeps within 0.05 px of the curve, i.e. 1.6 levels
		expectBruteForce(glyphSdf(d, { scale: 1 }), pts, 2);
	});
});
