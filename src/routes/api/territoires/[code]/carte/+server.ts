import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';
import { territoryMapData } from '$lib/server/territories/map-data';

/**
 * GET /api/territoires/{code}/carte: what the map of a département or an EPCI draws (communes,
 * outlines, help points, tour stops). A région and France are drawn from the national tiles.
 */
export function GET({ params, setHeaders }) {
	const code = territoryCodeOr400(params.code);
	if (code instanceof Response) return code;
	const data = territoryMapData(getDb(), code);
	if (!data) return unknownTerritory(code);
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return json(data);
}
