import { getDb, databasePath } from '$lib/server/db/connection';
import { dataVersion } from '$lib/server/db/data-version';
import { jsonError, valueOr400 } from '$lib/server/http/params';
import { parseTileCoord } from '$lib/params/tile';
import { nationalTile } from '$lib/server/tiles/tile-service';
import { tileResponse } from '$lib/server/tiles/tile-response';

/** GET /api/tuiles/{z}/{x}/{y}.pbf: a vector tile of the national map (see tiles/tile-index.ts). */
export async function GET({ params, request }) {
	const coord = valueOr400(parseTileCoord(params.z, params.x, params.y));
	if (coord instanceof Response) return coord;
	const answer = await nationalTile(coord, dataVersion(getDb()), databasePath());
	if (!answer.ok)
		return jsonError(answer.error, 503, { 'retry-after': String(answer.retryAfter) });
	return tileResponse(request, coord, answer.file, answer.version);
}
