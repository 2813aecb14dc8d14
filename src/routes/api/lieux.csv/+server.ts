import { getDb } from '$lib/server/db/connection';
import { schemaExportRequest } from '$lib/server/exports/lieux-export';
import { toSchemaCsv } from '$lib/server/exports/schema-export';

/** GET /api/lieux.csv?departement=04: help points in the national schema v1.0.2 (CSV). */
export function GET({ url }) {
	const rows = schemaExportRequest(getDb(), url);
	if (rows instanceof Response) return rows;
	const dep = url.searchParams.get('departement');
	return new Response(toSchemaCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="lieux-mediation-numerique-${dep}.csv"`
		}
	});
}
