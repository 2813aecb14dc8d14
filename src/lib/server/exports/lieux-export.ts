/** Help points of a built département in the national schema v1.0.2 (rows for CSV or JSON). */
import type Database from 'better-sqlite3';
import type { SchemaRow } from '../../import/national-schema';
import { toSchemaRow } from './schema-export';
import { lieuxForExport } from '../db/lieux';
import { departementRequest } from '../http/params';

/**
 * The schema rows of `?departement=04`, or a JSON 400/404 response (in French) when the
 * parameter is missing or the département was not built.
 */
export function schemaExportRequest(db: Database.Database, url: URL): SchemaRow[] | Response {
	const dep = departementRequest(db, url);
	if (dep instanceof Response) return dep;
	return lieuxForExport(db, dep).map(toSchemaRow);
}
