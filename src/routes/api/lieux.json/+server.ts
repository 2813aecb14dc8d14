import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { schemaExportRequest } from '$lib/server/exports/lieux-export';
import { toSchemaJson } from '$lib/server/exports/schema-export';

/** GET /api/lieux.json?departement=04: help points in the national schema v1.0.2 (JSON array). */
export function GET({ url }) {
	const rows = schemaExportRequest(getDb(), url);
	if (rows instanceof Response) return rows;
	return json(toSchemaJson(rows));
}
