import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { listDepartements } from '$lib/server/db/territoires';
import { findTerritory } from '$lib/server/db/territory-scope';
import { communeRedirect } from '$lib/server/coverage/commune-view';
import { territorySummary } from '$lib/server/territories/summary';
import { territoryKind } from '$lib/params/territory';

export async function load({ params, url, untrack }) {
	const db = getDb();
	const code = params.code.toUpperCase();
	const niveau = territoryKind(code);
	if (niveau && code !== params.code)
		redirect(308, url.pathname.replace(params.code, code) + url.search);
	// a commune is shown on its département's map, its panel open
	if (niveau === 'commune') {
		const t = findTerritory(db, code);
		if (t) {
			const next = new URL(url);
			next.pathname = `/territoire/${t.departements[0]}`;
			next.searchParams.set('commune', code);
			redirect(307, next.pathname + next.search);
		}
	}
	const summary = niveau ? await territorySummary(db, code) : null;
	if (!summary) error(404, `Territoire inconnu ou non chargé : ${params.code.slice(0, 40)}`);
	// a commune shown elsewhere goes to its own map; checked when the page is opened (untracked:
	// choosing a commune on the page must not reload it)
	const elsewhere = untrack(() => communeRedirect(db, summary, url));
	if (elsewhere) redirect(307, elsewhere);
	return { summary, departements: listDepartements(db) };
}
