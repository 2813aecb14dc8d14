import { getDb } from '$lib/server/db/connection';
import { territoryRequest } from '$lib/server/http/params';
import { streamedResponse } from '$lib/server/http/streamed';
import { lieuxCsvPieces } from '$lib/server/exports/lieux-export';

/**
 * GET /api/lieux.csv?territoire=FR|R93|04|<EPCI> (`departement=04` still works): help points in
 * the national schema v1.0.2 (CSV), streamed.
 */
export function GET({ url }) {
	const territory = territoryRequest(getDb(), url);
	if (territory instanceof Response) return territory;
	return streamedResponse(lieuxCsvPieces(territory), {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="lieux-mediation-numerique-${territory.code}.csv"`
	});
}
