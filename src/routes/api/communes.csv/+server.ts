import { getDb } from '$lib/server/db/connection';
import { exportRequest } from '$lib/server/http/params';
import { communesExport } from '$lib/server/exports/communes-export';
import { toFrenchCsv } from '$lib/exports/communes-table';

/** GET /api/communes.csv?departement=04[&indicateur&reference&seuil_km&types] */
export function GET({ url }) {
	const db = getDb();
	const req = exportRequest(db, url);
	if (req instanceof Response) return req;
	const csv = toFrenchCsv(communesExport(db, req.dep, req.params));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="communes-${req.dep}.csv"`
		}
	});
}
