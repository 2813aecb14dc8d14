import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { parseSuggestionRequest } from '$lib/params/scenario';
import { jsonError, valueOr400 } from '$lib/server/http/params';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';
import { territorySuggestions } from '$lib/server/scenarios/evaluate';

/**
 * GET /api/territoires/{code}/suggestions?n=3&mode=sites|bus&portee_km&base&seuil_km&types&reference:
 * where N new sites (or the N stops of one bus) would cover the most fragile inhabitants without help.
 */
export async function GET({ params, url }) {
	const code = territoryCodeOr400(params.code);
	if (code instanceof Response) return code;
	const req = valueOr400(parseSuggestionRequest(url.searchParams));
	if (req instanceof Response) return req;
	const answer = await territorySuggestions(getDb(), code, req);
	if (answer.ok) return json(answer.value);
	return answer.status === 404 ? unknownTerritory(code) : jsonError(answer.error, answer.status);
}
