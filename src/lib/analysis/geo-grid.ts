/** A flat latitude/longitude grid for nearest-point and radius queries over help points. */
import { EARTH_RADIUS_KM, haversineKm } from './geo';

const RAD = Math.PI / 180;

/**
 * Points bucketed in cells of `cellDeg` degrees, stored sorted by cell in typed arrays, so
 * queries allocate nothing: on the whole country this is about three times faster than geokdbush,
 * whose priority queue allocates an object per visited node. 0.1° (about 11 × 7.5 km in
 * mainland France) puts a 10 km road threshold within 3 × 3 to 3 × 5 cells. The grid spans
 * the bounding box of the points, dense: fine for France with its DOM (under a million
 * cells); it does not wrap at the antimeridian, which no commune of France crosses.
 */
export class GeoGrid {
	readonly size: number;
	private readonly lat: Float64Array;
	private readonly lon: Float64Array;
	private readonly ids: Uint32Array;
	private readonly start: Uint32Array;
	private readonly row0: number;
	private readonly col0: number;
	private readonly rows: number;
	private readonly cols: number;
	private bestIndex = -1;
	private bestKm = Infinity;

	constructor(
		points: { lat: number; lon: number }[],
		private readonly cellDeg = 0.1
	) {
		const n = (this.size = points.length);
		let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity; // prettier-ignore
		for (const p of points) {
			minLat = Math.min(minLat, p.lat);
			maxLat = Math.max(maxLat, p.lat);
			minLon = Math.min(minLon, p.lon);
			maxLon = Math.max(maxLon, p.lon);
		}
		this.row0 = n ? Math.floor(minLat / cellDeg) : 0;
		this.col0 = n ? Math.floor(minLon / cellDeg) : 0;
		this.rows = n ? this.rowOf(maxLat) + 1 : 0;
		this.cols = n ? this.colOf(maxLon) + 1 : 0;
		// counting sort by cell: start[c]..start[c + 1] are the points of cell c
		const cellOf = new Uint32Array(n);
		this.start = new Uint32Array(this.rows * this.cols + 1);
		points.forEach((p, i) => {
			cellOf[i] = this.rowOf(p.lat) * this.cols + this.colOf(p.lon);
			this.start[cellOf[i] + 1]++;
		});
		for (let c = 1; c < this.start.length; c++) this.start[c] += this.start[c - 1];
		const next = this.start.slice(0, -1);
		this.lat = new Float64Array(n);
		this.lon = new Float64Array(n);
		this.ids = new Uint32Array(n);
		points.forEach((p, i) => {
			const j = next[cellOf[i]]++;
			this.lat[j] = p.lat;
			this.lon[j] = p.lon;
			this.ids[j] = i;
		});
	}

	private rowOf(lat: number): number {
		return Math.floor(lat / this.cellDeg) - this.row0;
	}

	private colOf(lon: number): number {
		return Math.floor(lon / this.cellDeg) - this.col0;
	}

	/** Index (in the constructor's array) of the point nearest to (lat, lon); -1 when empty. */
	nearest(lat: number, lon: number): number {
		if (this.size === 0) return -1;
		this.bestIndex = -1;
		this.bestKm = Infinity;
		const r0 = this.rowOf(lat);
		const c0 = this.colOf(lon);
		// rings of cells around the query's cell, until no unvisited cell can hold a closer point
		for (let k = 0; ; k++) {
			const top = r0 + k, bottom = r0 - k, left = c0 - k, right = c0 + k; // prettier-ignore
			const ca = Math.max(left, 0);
			const cb = Math.min(right, this.cols - 1);
			this.scanRow(top, ca, cb, lat, lon);
			if (k > 0) {
				this.scanRow(bottom, ca, cb, lat, lon);
				for (let r = Math.max(bottom + 1, 0); r <= Math.min(top - 1, this.rows - 1); r++) {
					this.scanRow(r, left, left, lat, lon);
					this.scanRow(r, right, right, lat, lon);
				}
			}
			const north = top < this.rows - 1, south = bottom > 0; // prettier-ignore
			const east = right < this.cols - 1, west = left > 0; // prettier-ignore
			if (!north && !south && !east && !west) break;
			if (this.bestIndex < 0) continue;
			// lower bound on the distance to any unvisited point: a latitude gap is a great-circle
			// distance as is; a longitude gap g is bounded by the distance to the meridian great
			// circle, asin(cos φ · sin g), valid while the grid spans less than 180° of longitude
			let latGap = Infinity;
			if (north) latGap = (this.row0 + top + 1) * this.cellDeg - lat;
			if (south) latGap = Math.min(latGap, lat - (this.row0 + bottom) * this.cellDeg);
			let lonGap = Infinity;
			if (east) lonGap = (this.col0 + right + 1) * this.cellDeg - lon;
			if (west) lonGap = Math.min(lonGap, lon - (this.col0 + left) * this.cellDeg);
			let bound = latGap * RAD * EARTH_RADIUS_KM;
			if (lonGap !== Infinity) {
				const wide = this.cols * this.cellDeg >= 180;
				const s = Math.cos(lat * RAD) * Math.sin(Math.min(lonGap, 90) * RAD);
				bound = Math.min(bound, wide ? 0 : EARTH_RADIUS_KM * Math.asin(Math.min(1, s)));
			}
			if (bound * (1 - 1e-12) >= this.bestKm) break;
		}
		return this.bestIndex;
	}

	private scanRow(r: number, ca: number, cb: number, lat: number, lon: number): void {
		if (r < 0 || r >= this.rows || ca > cb || ca < 0 || cb >= this.cols) return;
		for (let j = this.start[r * this.cols + ca]; j < this.start[r * this.cols + cb + 1]; j++) {
			const km = haversineKm(lat, lon, this.lat[j], this.lon[j]);
			if (km < this.bestKm || (km === this.bestKm && this.ids[j] < this.bestIndex)) {
				this.bestKm = km;
				this.bestIndex = this.ids[j];
			}
		}
	}

	/** Calls visit(index, km) for every point within `km` of (lat, lon) as the crow flies. */
	within(lat: number, lon: number, km: number, visit: (index: number, km: number) => void): void {
		if (this.size === 0) return;
		const delta = km / EARTH_RADIUS_KM;
		const dLat = delta / RAD;
		const s = Math.sin(Math.min(delta, Math.PI / 2)) / Math.cos(lat * RAD);
		// beyond a pole-crossing circle every longitude is in reach
		const dLon = s >= 1 ? 360 : Math.asin(s) / RAD;
		const ra = Math.max(this.rowOf(lat - dLat), 0);
		const rb = Math.min(this.rowOf(lat + dLat), this.rows - 1);
		const ca = Math.max(this.colOf(lon - dLon), 0);
		const cb = Math.min(this.colOf(lon + dLon), this.cols - 1);
		for (let r = ra; r <= rb; r++) {
			for (let j = this.start[r * this.cols + ca]; j < this.start[r * this.cols + cb + 1]; j++) {
				const d = haversineKm(lat, lon, this.lat[j], this.lon[j]);
				if (d <= km) visit(this.ids[j], d);
			}
		}
	}
}
