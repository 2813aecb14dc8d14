/** k-nearest help points by great-circle distance, over a static kd-tree (kdbush + geokdbush). */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm } from './geo';

/** A help point as the index needs it: its id and WGS84 position. */
export interface IndexedPoint {
	id: number;
	lat: number;
	lon: number;
}

/** Query options. */
export interface NearestOptions {
	/** Maximum number of results (non-positive → none). */
	limit: number;
	/** Only points within this many km (default: no limit). */
	maxKm?: number;
	/** Keep only the points whose id passes (e.g. services, open now); called during the search. */
	filter?: (id: number) => boolean;
}

/** One result: the point id and its great-circle distance in metres. */
export interface NearestResult {
	id: number;
	distanceM: number;
}

/** A built index. */
export interface NearestIndex {
	/** Number of indexed points. */
	readonly size: number;
	/** The `limit` nearest points to (lat, lon), closest first. */
	nearest(lat: number, lon: number, options: NearestOptions): NearestResult[];
}

/**
 * Builds the index once (O(n log n)); each query then visits only the nodes it needs, instead of
 * a scan of every point. Points with a non-finite position are left out. Distances are the
 * haversine of `geo.ts` (the same Earth radius as geokdbush), so results agree with a brute-force
 * scan using `haversineKm`. A query at a non-finite position returns no result.
 */
export function createNearestIndex(points: readonly IndexedPoint[]): NearestIndex {
	const kept = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
	const ids = kept.map((p) => p.id);
	// kdbush refuses an empty index: an empty list simply answers nothing
	const index = kept.length > 0 ? new KDBush(kept.length) : null;
	if (index) {
		for (const p of kept) index.add(p.lon, p.lat);
		index.finish();
	}

	function nearest(lat: number, lon: number, options: NearestOptions): NearestResult[] {
		const limit = Math.floor(options.limit);
		if (!index || !(limit > 0) || !Number.isFinite(lat) || !Number.isFinite(lon)) return [];
		const maxKm = options.maxKm ?? Infinity;
		if (!(maxKm >= 0)) return [];
		const filter = options.filter;
		const predicate = filter ? (i: number) => filter(ids[i]) : undefined;
		// geokdbush's arithmetic may differ from haversineKm in the last bits: search a hair
		// wider, then cut with haversineKm so the maxKm edge is exact and reproducible
		const searchKm = Number.isFinite(maxKm) ? maxKm * (1 + 1e-9) + 1e-9 : Infinity;
		const found = around(index, lon, lat, limit, searchKm, predicate);
		const out: NearestResult[] = [];
		for (const i of found) {
			const km = haversineKm(lat, lon, kept[i].lat, kept[i].lon);
			if (km <= maxKm) out.push({ id: ids[i], distanceM: km * 1000 });
		}
		// re-sort on our own distance so ties and last-bit differences order deterministically
		return out.sort((a, b) => a.distanceM - b.distanceM || a.id - b.id);
	}

	return { size: kept.length, nearest };
}
