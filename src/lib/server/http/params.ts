/**
 * The HTTP side of the parameter parsers (`$lib/params`): a refused parameter is a JSON 400 with
 * its French message, an unknown territory a JSON 404.
 */
import { json } from '@sveltejs/kit';
import type Database from 'better-sqlite3';
import type { CoverageParams } from '../../analysis/coverage-params';
import { parseCoverageParams } from '../../params/coverage';
import type { Parsed } from '../../params/parsed';
import { parseTerritory } from '../../params/territory';
import { findTerritory, type TerritoryScope } from '../db/territory-scope';

/** A JSON error answer: `{ error }` with its status. */
export function jsonError(error: string, status: number, headers?: HeadersInit): Response {
	return json({ error }, { status, headers });
}

/** The parsed value, or the JSON 400 that explains what is wrong. */
export function valueOr400<T>(p: Parsed<T>): T | Response {
	return p.ok ? p.value : jsonError(p.error, 400);
}

/** A JSON request body read by `parse`: the value, or a JSON 400 in French (not JSON, bad field). */
export async function jsonBodyOr400<T>(
	request: Request,
	parse: (body: unknown) => Parsed<T>
): Promise<T | Response> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return jsonError('Corps de requête invalide : du JSON est attendu.', 400);
	}
	return valueOr400(parse(body));
}

/**
 * The territory of an export: `?territoire=FR|R93|04|<EPCI>|<commune>`, or `?departement=04` as
 * before; a JSON 400 when missing or malformed, a JSON 404 when the database holds none of it.
 */
export function territoryRequest(db: Database.Database, url: URL): TerritoryScope | Response {
	const code = valueOr400(parseTerritory(url.searchParams));
	if (code instanceof Response) return code;
	return findTerritory(db, code) ?? jsonError(`Territoire inconnu ou non chargé : ${code}`, 404);
}

/** The territory and the analysis parameters of an export request, or a JSON 400/404. */
export function exportRequest(
	db: Database.Database,
	url: URL
): { territory: TerritoryScope; params: CoverageParams } | Response {
	const territory = territoryRequest(db, url);
	if (territory instanceof Response) return territory;
	const params = valueOr400(parseCoverageParams(url.searchParams));
	if (params instanceof Response) return params;
	return { territory, params };
}
