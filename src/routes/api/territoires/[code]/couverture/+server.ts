import { getDb } from '$lib/server/db/connection';
import { parseCoverageParams, parseWithCommunes } from '$lib/params/coverage';
import { valueOr400 } from '$lib/server/http/params';
import { jsonBodyResponse } from '$lib/server/http/cached-json';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';
import { coverageViewBody } from '$lib/server/coverage/coverage-view';

/**
 * GET /api/territoires/{code}/couverture?indicateur&reference&seuil_km&types&communes: for any
 * level, per-commune values, gaps, nearest help and zones blanches (joined to the map's communes
 * by code; `communes=0` leaves them out), the dashboard and its parts' dashboards.
 */
export async function GET({ params, url, request }) {
	const code = territoryCodeOr400(params.code);
	if (code instanceof Response) return code;
	const p = valueOr400(parseCoverageParams(url.searchParams));
	if (p instanceof Response) return p;
	const withCommunes = valueOr400(parseWithCommunes(url.searchParams));
	if (withCommunes instanceof Response) return withCommunes;
	const body = await coverageViewBody(getDb(), code, p, withCommunes);
	if (!body) return unknownTerritory(code);
	return jsonBodyResponse(request, body);
}
