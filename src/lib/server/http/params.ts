/**
 * The HTTP side of the parameter parsers (`$lib/params`): a refused parameter is a JSON 400 with
 * its French message, an unknown territory a JSON 404.
 */
import { json } from '@sveltejs/kit';
import type Database from 'better-sqlite3';
import type { CoverageParams } from '../../analysis/coverage-params';
import { parseCoverageParams } from '../../params/coverage';
import type { Parsed } from '../../params/parsed';
import { parseDepartement } from '../../params/territory';
import { isBuiltDepartement } from '../db/territoires';

/** A JSON error answer: `{ error }` with its status. */
export function jsonError(error: string, status: number, headers?: HeadersInit): Response {
	return json({ error }, { status, headers });
}

/** The parsed value, or the JSON 400 that explains what is wrong. */
export function valueOr400<T>(p: Parsed<T>): T | Response {
	return p.ok ? p.value : jsonError(p.error, 400);
}

/** `?departement=04` of a built département, or a JSON 400 (missing) or 404 (not built). */
export function departementRequest(db: Database.Database, url: URL): string | Response {
	const dep = valueOr400(parseDepartement(url.searchParams));
	if (dep instanceof Response) return dep;
	if (!isBuiltDepartement(db, dep))
		return jsonError(`Territoire inconnu ou non chargé : ${dep}`, 404);
	return dep;
}

/** `departement` and the analysis parameters of an export request, or a JSON 400/404. */
export function exportRequest(
	db: Database.Database,
	url: URL
): { dep: string; params: CoverageParams } | Response {
	const dep = departementRequest(db, url);
	if (dep instanceof Response) return dep;
	const params = valueOr400(parseCoverageParams(url.searchParams));
	if (params instanceof Response) return params;
	return { dep, params };
}
