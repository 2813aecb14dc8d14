/**
 * Merging polygons: plain concatenation, turf union, and a fast dissolve of polygons that share
 * exact vertices along their common borders (a topology such as the mapshaper-simplified COG
 * contours). An edge drawn by two polygons in opposite directions is inner and dropped; the
 * remaining edges are chained back into rings. Linear in the number of vertices, where turf
 * union (polyclip) took about a minute for all EPCIs.
 */
import { featureCollection, union } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;

/** Concatenates the polygons of several areas into one MultiPolygon (no dissolve). */
export function combine(areas: Area[]): Area {
	const parts: Position[][][] = [];
	for (const a of areas) {
		if (a.type === 'Polygon') parts.push(a.coordinates);
		else parts.push(...a.coordinates);
	}
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/** Dissolves areas with turf union; falls back to concatenation if union throws. */
export function dissolve(areas: Area[]): Area {
	if (areas.length === 1) return areas[0];
	try {
		const fc = featureCollection(
			areas.map((g) => ({ type: 'Feature' as const, geometry: g, properties: {} }))
		);
		const u = union(fc);
		if (u) return u.geometry;
	} catch {
		// polyclip can fail on degenerate input; an undissolved shape is better than none
	}
	return combine(areas);
}

function signedArea(ring: Position[]): number {
	let s = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return s / 2;
}

function inRing([x, y]: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function bboxOf(ring: Position[]): [number, number, number, number] {
	const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring) {
		if (x < b[0]) b[0] = x;
		if (y < b[1]) b[1] = y;
		if (x > b[2]) b[2] = x;
		if (y > b[3]) b[3] = y;
	}
	return b;
}

const overlaps = (a: number[], b: number[]) =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Dissolves areas by cancelling shared edges. Pieces whose borders do not share vertices (e.g.
 * communes from two different département files) stay separate rings; when such pieces touch,
 * they are merged with turf union, which is cheap on a few already-dissolved pieces.
 */
export function edgeDissolve(areas: Area[]): Area {
	// vertices are snapped to 1e-5° (the precision of the source) and numbered
	const ids = new Map<number, number>();
	const points: Position[] = [];
	const id = (p: Position) => {
		const q = Math.round((p[0] + 180) * 1e5) * 2 ** 25 + Math.round((p[1] + 90) * 1e5);
		let v = ids.get(q);
		if (v === undefined) {
			v = points.length;
			ids.set(q, v);
			points.push(p);
		}
		return v;
	};
	const count = new Map<number, number>();
	const from: number[] = [];
	const to: number[] = [];
	for (const area of new Set(areas)) {
		for (const poly of area.type === 'Polygon' ? [area.coordinates] : area.coordinates) {
			poly.forEach((ring, i) => {
				// outer rings counter-clockwise, holes clockwise, so shared edges run opposite ways
				const ccw = signedArea(ring) > 0;
				const r = ccw === (i === 0) ? ring : [...ring].reverse();
				let prev = id(r[0]);
				for (let k = 1; k < r.length; k++) {
					const next = id(r[k]);
					if (next === prev) continue;
					const u = Math.min(prev, next) * 2 ** 26 + Math.max(prev, next);
					count.set(u, (count.get(u) ?? 0) + 1);
					from.push(prev);
					to.push(next);
					prev = next;
				}
			});
		}
	}
	const outgoing = new Map<number, number[]>();
	for (let e = 0; e < from.length; e++) {
		const a = from[e];
		const b = to[e];
		if (count.get(Math.min(a, b) * 2 ** 26 + Math.max(a, b)) !== 1) continue;
		const list = outgoing.get(a);
		if (list) list.push(b);
		else outgoing.set(a, [b]);
	}
	const rings: Position[][] = [];
	for (const [start, list] of outgoing) {
		while (list.length) {
			const ring = [points[start]];
			let at = list.pop()!;
			ring.push(points[at]);
			while (at !== start) {
				const next = outgoing.get(at)?.pop();
				if (next === undefined) break; // cannot happen when every ring is closed; stay safe
				at = next;
				ring.push(points[at]);
			}
			if (at === start && ring.length >= 4) rings.push(ring);
		}
	}
	const outers = rings.filter((r) => signedArea(r) > 0).map((r) => [r]);
	for (const hole of rings.filter((r) => signedArea(r) <= 0)) {
		const host = outers.find((p) => inRing(hole[0], p[0]) || inRing(hole[1], p[0]));
		if (host) host.push(hole);
	}
	if (outers.length === 0) return areas[0];
	if (outers.length === 1) return { type: 'Polygon', coordinates: outers[0] };
	const boxes = outers.map((p) => bboxOf(p[0]));
	const touching = boxes.some((b, i) => boxes.some((c, j) => j > i && overlaps(b, c)));
	if (touching) {
		try {
			const u = union(
				featureCollection(
					outers.map((p) => ({
						type: 'Feature' as const,
						properties: {},
						geometry: { type: 'Polygon' as const, coordinates: p }
					}))
				)
			);
			if (u) return u.geometry;
		} catch {
			// keep the undissolved pieces rather than nothing
		}
	}
	return { type: 'MultiPolygon', coordinates: outers };
}
