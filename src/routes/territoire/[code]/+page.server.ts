import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getTerritorySummary, listDepartements } from '$lib/server/db/territoires';

export function load({ params }) {
	const db = getDb();
	const summary = getTerritorySummary(db, params.code);
	if (!summary) error(404, `Territoire inconnu ou non chargé : ${params.code}`);
	return { summary, departements: listDepartements(db) };
}
