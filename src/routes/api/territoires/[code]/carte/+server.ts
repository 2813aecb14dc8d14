import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import {
	communesGeoJson,
	departementBbox,
	outlinesGeoJson,
	tourStopsGeoJson
} from '$lib/server/db/carte';
import { lieuxGeoJson } from '$lib/server/db/lieux';

/** GET /api/territoires/{code}/carte: what the map draws (communes, outlines, help points). */
export function GET({ params, setHeaders }) {
	const db = getDb();
	const bbox = departementBbox(db, params.code);
	if (!bbox)
		return json({ error: `Territoire inconnu ou non chargé : ${params.code}` }, { status: 404 });
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return json({
		bbox,
		communes: communesGeoJson(db, params.code),
		contours: outlinesGeoJson(db, params.code),
		lieux: lieuxGeoJson(db, params.code),
		arrets: tourStopsGeoJson(db, params.code)
	});
}
