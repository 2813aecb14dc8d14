import { getDb } from '$lib/server/db/connection';
import { exportRequest } from '$lib/server/http/params';
import { streamedResponse } from '$lib/server/http/streamed';
import { communesCsvPieces } from '$lib/server/exports/communes-export';

/**
 * GET /api/communes.csv?territoire=FR|R93|04|<EPCI>[&indicateur&reference&seuil_km&types]
 * (`departement=04` still works): streamed, one département at a time.
 */
export function GET({ url }) {
	const db = getDb();
	const req = exportRequest(db, url);
	if (req instanceof Response) return req;
	return streamedResponse(communesCsvPieces(db, req.territory, req.params), {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="communes-${req.territory.code}.csv"`
	});
}
