import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getTerritorySummary } from '$lib/server/db/territoires';
import { communesExport } from '$lib/server/exports/communes-export';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { parseCoverageParams } from '$lib/params/coverage';
import { orDefault } from '$lib/params/parsed';

export function load({ params, url }) {
	const db = getDb();
	const summary = getTerritorySummary(db, params.code);
	if (!summary) error(404, `Territoire inconnu ou non chargé : ${params.code}`);
	const analysis = orDefault(parseCoverageParams(url.searchParams), DEFAULT_PARAMS);
	return { summary, analysis, rows: communesExport(db, params.code, analysis) };
}
