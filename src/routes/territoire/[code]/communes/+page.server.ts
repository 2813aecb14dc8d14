import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { findTerritory } from '$lib/server/db/territory-scope';
import { communesExport } from '$lib/server/exports/communes-export';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { parseCoverageParams } from '$lib/params/coverage';
import { orDefault } from '$lib/params/parsed';

export function load({ params, url }) {
	const db = getDb();
	const t = findTerritory(db, params.code);
	if (t?.niveau !== 'departement')
		error(404, `Territoire inconnu ou non chargé : ${params.code.slice(0, 40)}`);
	const analysis = orDefault(parseCoverageParams(url.searchParams), DEFAULT_PARAMS);
	return {
		summary: { code: t.code, nom: t.nom },
		analysis,
		rows: communesExport(db, t.code, analysis)
	};
}
