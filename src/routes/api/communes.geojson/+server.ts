import { getDb } from '$lib/server/db/connection';
import { exportRequest } from '$lib/server/http/params';
import { communesExportGeoJson } from '$lib/server/exports/communes-export';

/** GET /api/communes.geojson?departement=04[&indicateur&reference&seuil_km&types] */
export function GET({ url }) {
	const db = getDb();
	const req = exportRequest(db, url);
	if (req instanceof Response) return req;
	return new Response(JSON.stringify(communesExportGeoJson(db, req.dep, req.params)), {
		headers: {
			'content-type': 'application/geo+json; charset=utf-8',
			'content-disposition': `attachment; filename="communes-${req.dep}.geojson"`
		}
	});
}
