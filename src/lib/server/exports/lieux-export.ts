/** Help points of a built département in the national schema v1.0.2 (rows for CSV or JSON). */
import { json } from '@sveltejs/kit';
import type Database from 'better-sqlite3';
import { toSchemaRow, type SchemaRow } from '../../import/schema-export';
import { lieuxForExport } from '../db/lieux';
import { isBuiltDepartement } from '../db/territoires';

/**
 * The schema rows of `?departement=04`, or a JSON 400/404 response (in French) when the
 * parameter is missing or the département was not built.
 */
export function schemaExportRequest(db: Database.Database, url: URL): SchemaRow[] | Response {
	const dep = url.searchParams.get('departement');
	if (!dep)
		return json(
			{ error: 'Paramètre « departement » manquant (par exemple departement=04).' },
			{ status: 400 }
		);
	if (!isBuiltDepartement(db, dep))
		return json({ error: `Territoire inconnu ou non chargé : ${dep}` }, { status: 404 });
	return lieuxForExport(db, dep).map(toSchemaRow);
}
