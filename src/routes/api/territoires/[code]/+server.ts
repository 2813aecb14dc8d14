import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getTerritorySummary } from '$lib/server/db/territoires';

/** GET /api/territoires/{code}: the summary of a built département. */
export function GET({ params }) {
	const summary = getTerritorySummary(getDb(), params.code);
	if (!summary)
		return json({ error: `Territoire inconnu ou non chargé : ${params.code}` }, { status: 404 });
	return json(summary);
}
