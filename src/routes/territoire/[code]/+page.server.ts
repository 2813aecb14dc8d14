import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getTerritorySummary, listDepartements } from '$lib/server/db/territoires';
import { communeRedirect } from '$lib/server/commune-view';

export function load({ params, url }) {
	const db = getDb();
	const summary = getTerritorySummary(db, params.code);
	if (!summary) error(404, `Territoire inconnu ou non chargé : ${params.code}`);
	// a commune of another département is shown on its own map, never on this one
	const elsewhere = communeRedirect(db, params.code, url);
	if (elsewhere) redirect(307, elsewhere);
	return { summary, departements: listDepartements(db) };
}
