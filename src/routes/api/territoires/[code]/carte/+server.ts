import { json } from '@sveltejs/kit';
import { territoryKind } from '$lib/params/territory';
import { getDb } from '$lib/server/db/connection';
import { jsonError } from '$lib/server/http/params';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';
import { territoryMapData } from '$lib/server/territories/map-data';

/**
 * GET /api/territoires/{code}/carte: what the map of a département or an EPCI draws (communes,
 * outlines, help points, tour stops). A région and France are drawn from the national tiles.
 */
export function GET({ params, setHeaders }) {
	const code = territoryCodeOr400(params.code);
	if (code instanceof Response) return code;
	const niveau = territoryKind(code);
	if (niveau === 'france' || niveau === 'region' || niveau === 'commune')
		return jsonError(
			`Pas de carte par communes pour « ${code} » : elle se demande pour un département ou une intercommunalité ; la France et les régions sont dessinées en tuiles vectorielles, une commune sur la carte de son département.`,
			404
		);
	const data = territoryMapData(getDb(), code);
	if (!data) return unknownTerritory(code);
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return json(data);
}
