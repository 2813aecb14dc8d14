import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { parseCoverageParams } from '$lib/analysis/coverage-params';
import { coverageView } from '$lib/server/coverage/coverage-view';

/**
 * GET /api/territoires/{code}/couverture?indicateur&reference&seuil_km&types: per-commune values,
 * gaps, nearest help and zones blanches (joined to the map's communes by code), and the dashboard.
 */
export function GET({ params, url }) {
	const p = parseCoverageParams(url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	const view = coverageView(getDb(), params.code, p.value);
	if (!view)
		return json({ error: `Territoire inconnu ou non chargé : ${params.code}` }, { status: 404 });
	return json(view);
}
