/**
 * Signed distance fields for glyphs, computed from the vector outline (no canvas, no native code).
 * The byte mapping is the one of @mapbox/tiny-sdf and the pixel grid the one of
 * sdf-glyph-foundry (node-fontnik), i.e. what MapLibre expects from a `glyphs` server.
 */

/** An outline command as opentype.js gives it (font units, y up). */
export type PathCommand =
	| { type: 'M' | 'L'; x: number; y: number }
	| { type: 'Q'; x1: number; y1: number; x: number; y: number }
	| { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
	| { type: 'Z' };

export interface SdfOptions {
	/** Pixels per font unit: 24 / unitsPerEm for MapLibre's 24 px glyphs. */
	scale: number;
	/** Empty pixels around the glyph box; MapLibre's GLYPH_PBF_BORDER is 3. */
	buffer?: number;
	/** Distance in pixels spanned by the byte range; MapLibre's shader assumes 8. */
	radius?: number;
	/** Share of the byte range for the inside: 0.25 puts the edge at 255 × 0.75 ≈ 191. */
	cutoff?: number;
	/** Largest gap in pixels between a curve and its flattened segments. */
	tolerance?: number;
}

/** A glyph bitmap of (width + 2·buffer) × (height + 2·buffer) bytes, rows top to bottom. */
export interface SdfGlyph {
	width: number;
	height: number;
	/** Pixels from the pen position to the left of the box. */
	left: number;
	/** Pixels from the baseline up to the top of the box. */
	top: number;
	bitmap: Uint8Array;
}

type Ring = number[]; // x0, y0, x1, y1, … in pixels, y up

/** Curves become segments: enough of them that no point strays more than `tol` pixels. */
function flatten(commands: PathCommand[], s: number, tol: number): Ring[] {
	const rings: Ring[] = [];
	let ring: Ring = [];
	let x = 0;
	let y = 0;
	const close = () => {
		if (ring.length >= 6) {
			if (ring[0] !== ring[ring.length - 2] || ring[1] !== ring[ring.length - 1])
				ring.push(ring[0], ring[1]);
			rings.push(ring);
		}
		ring = [];
	};
	for (const c of commands) {
		if (c.type === 'M') {
			close();
			[x, y] = [c.x * s, c.y * s];
			ring.push(x, y);
		} else if (c.type === 'L') {
			[x, y] = [c.x * s, c.y * s];
			ring.push(x, y);
		} else if (c.type === 'Q') {
			const [ax, ay, bx, by] = [c.x1 * s, c.y1 * s, c.x * s, c.y * s];
			// chord error of n uniform steps is |p0 − 2p1 + p2| / (4n²)
			const n = Math.max(
				1,
				Math.ceil(Math.sqrt(Math.hypot(x - 2 * ax + bx, y - 2 * ay + by) / (4 * tol)))
			);
			for (let i = 1; i <= n; i++) {
				const t = i / n;
				const u = 1 - t;
				ring.push(u * u * x + 2 * u * t * ax + t * t * bx, u * u * y + 2 * u * t * ay + t * t * by);
			}
			[x, y] = [bx, by];
		} else if (c.type === 'C') {
			const [ax, ay, bx, by, ex, ey] = [c.x1 * s, c.y1 * s, c.x2 * s, c.y2 * s, c.x * s, c.y * s];
			// |B''| ≤ 6·max second difference, and chord error ≤ |B''| / (8n²)
			const m = Math.max(
				Math.hypot(x - 2 * ax + bx, y - 2 * ay + by),
				Math.hypot(ax - 2 * bx + ex, ay - 2 * by + ey)
			);
			const n = Math.max(1, Math.ceil(Math.sqrt((3 * m) / (4 * tol))));
			for (let i = 1; i <= n; i++) {
				const t = i / n;
				const u = 1 - t;
				const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
				ring.push(k0 * x + k1 * ax + k2 * bx + k3 * ex, k0 * y + k1 * ay + k2 * by + k3 * ey);
			}
			[x, y] = [ex, ey];
		} else close();
	}
	close();
	return rings;
}

/** Squared distance from (px, py) to the nearest segment, and whether the point is inside. */
function probe(rings: Ring[], px: number, py: number): { d2: number; inside: boolean } {
	let d2 = Infinity;
	let winding = 0;
	for (const r of rings)
		for (let i = 0; i + 3 < r.length; i += 2) {
			const [ax, ay, bx, by] = [r[i], r[i + 1], r[i + 2], r[i + 3]];
			const dx = bx - ax;
			const dy = by - ay;
			const l2 = dx * dx + dy * dy;
			const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
			const ex = ax + t * dx - px;
			const ey = ay + t * dy - py;
			d2 = Math.min(d2, ex * ex + ey * ey);
			// non-zero winding: count signed crossings of the ray going right from the point
			if (ay <= py !== by <= py) {
				const cross = dx * (py - ay) - dy * (px - ax);
				if (by > ay && cross > 0) winding++;
				else if (by <= ay && cross < 0) winding--;
			}
		}
	return { d2, inside: winding !== 0 };
}

/**
 * The SDF of one glyph outline. The box is the outline's bounds rounded to whole pixels; each byte
 * is 255·(1 − cutoff) − (255 / radius)·d at the pixel centre, d the signed distance in pixels
 * (negative inside, non-zero winding), rounded and clamped like tiny-sdf. An empty outline gives
 * a 0 × 0 glyph with an empty bitmap.
 */
export function glyphSdf(commands: PathCommand[], options: SdfOptions): SdfGlyph {
	const { scale, buffer = 3, radius = 8, cutoff = 0.25, tolerance = 0.05 } = options;
	const rings = flatten(commands, scale, tolerance);
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const r of rings)
		for (let i = 0; i < r.length; i += 2) {
			[x0, x1] = [Math.min(x0, r[i]), Math.max(x1, r[i])];
			[y0, y1] = [Math.min(y0, r[i + 1]), Math.max(y1, r[i + 1])];
		}
	const empty = { width: 0, height: 0, left: 0, top: 0, bitmap: new Uint8Array(0) };
	if (!rings.length) return empty;
	const [left, bottom, right, top] = [
		Math.round(x0),
		Math.round(y0),
		Math.round(x1),
		Math.round(y1)
	];
	const width = right - left;
	const height = top - bottom;
	if (width <= 0 || height <= 0) return empty;

	const w = width + 2 * buffer;
	const h = height + 2 * buffer;
	const bitmap = new Uint8Array(w * h);
	const base = 255 * (1 - cutoff);
	const step = 255 / radius;
	for (let row = 0; row < h; row++) {
		const py = top + buffer - row - 0.5;
		for (let col = 0; col < w; col++) {
			const { d2, inside } = probe(rings, left - buffer + col + 0.5, py);
			const d = inside ? -Math.sqrt(d2) : Math.sqrt(d2);
			bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(base - step * d)));
		}
	}
	return { width, height, left, top, bitmap };
}
