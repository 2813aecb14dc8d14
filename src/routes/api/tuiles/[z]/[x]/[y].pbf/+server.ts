import { getDb, databasePath } from '$lib/server/db/connection';
import { dataVersion } from '$lib/server/db/data-version';
import { jsonError, valueOr400 } from '$lib/server/http/params';
import { parseTileCoord, parseTileScreen } from '$lib/params/tile';
import { nationalTile } from '$lib/server/tiles/tile-service';
import { tileResponse } from '$lib/server/tiles/tile-response';

/**
 * GET /api/tuiles/{z}/{x}/{y}.pbf[?ecran=etroit]: a vector tile of the national map (see
 * tiles/tile-index.ts); a narrow screen's holds each level one zoom early.
 */
export async function GET({ params, request, url }) {
	const coord = valueOr400(parseTileCoord(params.z, params.x, params.y));
	if (coord instanceof Response) return coord;
	const offset = valueOr400(parseTileScreen(url.searchParams));
	if (offset instanceof Response) return offset;
	const answer = await nationalTile(coord, offset, dataVersion(getDb()), databasePath());
	if (!answer.ok) return jsonError(answer.error, 503, { 'retry-after': String(answer.retryAfter) });
	return tileResponse(request, coord, offset, answer.file);
}
