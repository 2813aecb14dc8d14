/**
 * Where to write labels on a map so that none covers another, a symbol or the map's edge: each
 * label tries spots around its anchor, nearest first, and takes the first free one; a label with
 * no free spot is skipped (a town name) or pushed outward on rings with a leader line (a number).
 * Greedy, in the given order (largest town or first number first); a uniform grid of the boxes
 * already placed keeps each check local, so hundreds of labels cost milliseconds.
 */
import type { Box } from './sheet-layout';

export interface LabelRequest {
	/** The point the label belongs to. */
	x: number;
	y: number;
	/** Size of the label's box in mm. */
	w: number;
	h: number;
	/** Clearance around the anchor (the radius of its symbol), 0 for a label centred on it. */
	gap: number;
}

/** A placed label: its box (top-left corner and size) and whether it needs a leader line. */
export interface PlacedLabel extends Box {
	leader: boolean;
}

const CELL = 8;

/** A set of boxes with a coarse grid index, for "does this box touch any placed box?". */
export class Occupancy {
	private cells = new Map<string, Box[]>();

	/** Mark a box as taken. */
	add(b: Box): void {
		for (const key of this.keys(b)) {
			const list = this.cells.get(key);
			if (list) list.push(b);
			else this.cells.set(key, [b]);
		}
	}

	/** Whether a box overlaps a taken one. */
	hits(b: Box): boolean {
		for (const key of this.keys(b))
			for (const o of this.cells.get(key) ?? [])
				if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return true;
		return false;
	}

	private *keys(b: Box): Generator<string> {
		for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++)
			for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++)
				yield `${i}:${j}`;
	}
}

const inside = (b: Box, frame: Box) =>
	b.x >= frame.x &&
	b.y >= frame.y &&
	b.x + b.w <= frame.x + frame.w &&
	b.y + b.h <= frame.y + frame.h;

/** The spots tried next to an anchor: right, left, above, below, then the four corners. */
function nearSpots(q: LabelRequest): Box[] {
	const { x, y, w, h, gap } = q;
	if (gap === 0) {
		// a name: on its point, else just above, below or beside, then a little further out
		const spots: Box[] = [{ x: x - w / 2, y: y - h / 2, w, h }];
		for (const d of [1, 2, 3, 4.5, 6])
			spots.push(
				{ x: x - w / 2, y: y - h / 2 - d * h, w, h },
				{ x: x - w / 2, y: y - h / 2 + d * h, w, h },
				{ x: x + d * h * 0.8, y: y - h / 2, w, h },
				{ x: x - w - d * h * 0.8, y: y - h / 2, w, h },
				{ x: x + d * h * 0.5, y: y - h / 2 - d * h, w, h },
				{ x: x - w - d * h * 0.5, y: y - h / 2 - d * h, w, h },
				{ x: x + d * h * 0.5, y: y - h / 2 + d * h, w, h },
				{ x: x - w - d * h * 0.5, y: y - h / 2 + d * h, w, h }
			);
		return spots;
	}
	return [
		{ x: x + gap, y: y - h / 2, w, h },
		{ x: x - gap - w, y: y - h / 2, w, h },
		{ x: x - w / 2, y: y - gap - h, w, h },
		{ x: x - w / 2, y: y + gap, w, h },
		{ x: x + gap * 0.7, y: y - gap * 0.7 - h, w, h },
		{ x: x - gap * 0.7 - w, y: y - gap * 0.7 - h, w, h },
		{ x: x + gap * 0.7, y: y + gap * 0.7, w, h },
		{ x: x - gap * 0.7 - w, y: y + gap * 0.7, w, h }
	];
}

/** Spots on rings further out, joined to the anchor by a leader line. */
function* ringSpots(q: LabelRequest, rings: number): Generator<Box> {
	const step = Math.max(q.h, q.gap) * 1.2;
	for (let ring = 1; ring <= rings; ring++) {
		const d = q.gap + step * ring;
		const n = 12 * ring;
		for (let s = 0; s < n; s++) {
			const a = (s / n) * 2 * Math.PI;
			const cx = q.x + d * Math.cos(a);
			const cy = q.y + d * Math.sin(a);
			yield { x: cx - q.w / 2, y: cy - q.h / 2, w: q.w, h: q.h };
		}
	}
}

/**
 * Place labels in order. `taken` already holds the obstacles (symbols, other labels) and gains
 * each placed label. With `rings` > 0 a label that finds no spot near its anchor goes outward
 * (leader line); with 0 it is left out (null). A label that finds nothing at all keeps its first
 * spot, so that a number is never missing from the map.
 */
export function placeLabels(
	requests: LabelRequest[],
	frame: Box,
	taken: Occupancy,
	rings = 0
): (PlacedLabel | null)[] {
	return requests.map((q) => {
		const near = nearSpots(q);
		for (const b of near)
			if (inside(b, frame) && !taken.hits(b)) {
				taken.add(b);
				return { ...b, leader: false };
			}
		if (rings === 0) return null;
		for (const b of ringSpots(q, rings))
			if (inside(b, frame) && !taken.hits(b)) {
				taken.add(b);
				return { ...b, leader: true };
			}
		const b = near.find((s) => inside(s, frame)) ?? near[0];
		taken.add(b);
		return { ...b, leader: false };
	});
}
