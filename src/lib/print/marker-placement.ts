/**
 * Where to draw numbered markers so that none hides another: each keeps its place if it is free,
 * else moves to the nearest free spot on rings around it (a leader line joins it to its place).
 * Greedy, in the given order; n is small (tens), so the quadratic check is fine.
 */

export interface Placed {
	x: number;
	y: number;
	moved: boolean;
}

const STEPS = 12;

/** Positions for markers of radius `radius` (mm) wanting to sit at `points`. */
export function placeMarkers(points: { x: number; y: number }[], radius: number): Placed[] {
	const placed: Placed[] = [];
	const free = (x: number, y: number) =>
		placed.every((p) => Math.hypot(p.x - x, p.y - y) >= 2 * radius * 0.98);
	for (const p of points) {
		if (free(p.x, p.y)) {
			placed.push({ x: p.x, y: p.y, moved: false });
			continue;
		}
		let spot: Placed | null = null;
		for (let ring = 1; ring <= 8 && !spot; ring++) {
			const d = 2 * radius * ring;
			for (let s = 0; s < STEPS * ring && !spot; s++) {
				const a = (s / (STEPS * ring)) * 2 * Math.PI - Math.PI / 2;
				const x = p.x + d * Math.cos(a);
				const y = p.y + d * Math.sin(a);
				if (free(x, y)) spot = { x, y, moved: true };
			}
		}
		placed.push(spot ?? { x: p.x, y: p.y, moved: false });
	}
	return placed;
}
