import { getDb } from '$lib/server/db/connection';
import { parseFinderParams } from '$lib/params/finder';
import { valueOr400 } from '$lib/server/http/params';
import { nearestHelp } from '$lib/server/finder/find-help';
import { isPrepared, nearbyJson, warmNearby } from '$lib/server/finder/nearby-json';

/**
 * GET /api/lieux/proches?lat=…&lon=…&limite=10&services=…&besoins=…&publics=…&gratuit=1&ouvert=maintenant&samedi=1
 * Help points sorted by distance (kd-tree), with `distance_m`; 400 with a French error otherwise.
 */
export function GET({ url }) {
	const v = valueOr400(parseFinderParams(url.searchParams));
	if (v instanceof Response) return v;
	const now = new Date();
	const db = getDb();
	const hits = nearestHelp(db, { lat: v.lat, lon: v.lon }, v, v.limite, now);
	// the first searches after a start or an import: prepare every place for the next ones
	if (hits.length && !isPrepared(hits[0].entry))
		setImmediate(() => void warmNearby(db, now).catch(() => {}));
	const body = nearbyJson(hits, now);
	return new Response(body, {
		headers: {
			'content-length': String(Buffer.byteLength(body)),
			'content-type': 'application/json'
		}
	});
}
