import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { parseCoverageParams } from '$lib/params/coverage';
import { valueOr400 } from '$lib/server/http/params';
import { coverageView } from '$lib/server/coverage/coverage-view';

/**
 * GET /api/territoires/{code}/couverture?indicateur&reference&seuil_km&types: per-commune values,
 * gaps, nearest help and zones blanches (joined to the map's communes by code), and the dashboard.
 */
export function GET({ params, url }) {
	const p = valueOr400(parseCoverageParams(url.searchParams));
	if (p instanceof Response) return p;
	const view = coverageView(getDb(), params.code, p);
	if (!view)
		return json({ error: `Territoire inconnu ou non chargé : ${params.code}` }, { status: 404 });
	return json(view);
}
