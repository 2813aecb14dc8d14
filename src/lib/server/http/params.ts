import { json } from '@sveltejs/kit';
import type Database from 'better-sqlite3';
import { parseCoverageParams, type CoverageParams } from '../../analysis/coverage-params';
import { isBuiltDepartement } from '../db/territoires';

/**
 * Read `departement` and the analysis parameters of an export request; a JSON 400 (in French)
 * when one is wrong, a 404 when the département was not built.
 */
export function exportRequest(
	db: Database.Database,
	url: URL
): { dep: string; params: CoverageParams } | Response {
	const dep = url.searchParams.get('departement');
	if (!dep)
		return json(
			{ error: 'Paramètre « departement » manquant (par exemple departement=04).' },
			{ status: 400 }
		);
	if (!isBuiltDepartement(db, dep))
		return json({ error: `Territoire inconnu ou non chargé : ${dep}` }, { status: 404 });
	const p = parseCoverageParams(url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	return { dep, params: p.value };
}
