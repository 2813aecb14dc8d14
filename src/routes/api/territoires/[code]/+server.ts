import { getDb } from '$lib/server/db/connection';
import { jsonBodyResponse } from '$lib/server/http/cached-json';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';
import { territorySummaryBody } from '$lib/server/territories/summary';

/**
 * GET /api/territoires/{code}: the summary of France (FR), a région (R93), a département, an EPCI
 * (SIREN) or a commune: its figures, its parts' and the averages of the levels above it.
 */
export async function GET({ params, request }) {
	const code = territoryCodeOr400(params.code);
	if (code instanceof Response) return code;
	const body = await territorySummaryBody(getDb(), code);
	if (!body) return unknownTerritory(code);
	return jsonBodyResponse(request, body);
}
