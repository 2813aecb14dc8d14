import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getTerritorySummary, listDepartements } from '$lib/server/db/territoires';
import { communeRedirect } from '$lib/server/coverage/commune-view';

export function load({ params, url, untrack }) {
	const db = getDb();
	const summary = getTerritorySummary(db, params.code);
	if (!summary) error(404, `Territoire inconnu ou non chargé : ${params.code}`);
	// a commune of another département is shown on its own map, never on this one; checked when
	// the page is opened (untracked: choosing a commune on the page must not reload it)
	const elsewhere = untrack(() => communeRedirect(db, params.code, url));
	if (elsewhere) redirect(307, elsewhere);
	return { summary, departements: listDepartements(db) };
}
