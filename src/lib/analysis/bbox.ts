/** Bounding boxes of shapes, for framing a territory on the national map. Pure. */
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

/** The bounding box of a GeoJSON geometry, rounded outwards to 4 decimals (about 10 m). */
export function geometryBbox(geometry: Geometry): Bbox {
	const [w, s, e, n] = bbox(geometry);
	const down = (v: number) => Math.floor(v * 1e4) / 1e4;
	const up = (v: number) => Math.ceil(v * 1e4) / 1e4;
	return [down(w), down(s), up(e), up(n)];
}

/** The box holding every given box; null when there is none. */
export function unionBbox(boxes: readonly (Bbox | null)[]): Bbox | null {
	let out: Bbox | null = null;
	for (const b of boxes) {
		if (!b || !b.every(Number.isFinite)) continue;
		out = out
			? [
					Math.min(out[0], b[0]),
					Math.min(out[1], b[1]),
					Math.max(out[2], b[2]),
					Math.max(out[3], b[3])
				]
			: [...b];
	}
	return out;
}
