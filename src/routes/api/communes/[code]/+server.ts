import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { communeView } from '$lib/server/coverage/commune-view';

/** GET /api/communes/{code}: values against averages, nearest help points, sources. */
export function GET({ params }) {
	if (!/^(\d{5}|2[AB]\d{3})$/.test(params.code))
		return json(
			{ error: `Code INSEE invalide : « ${params.code} » (5 caractères attendus).` },
			{ status: 400 }
		);
	const c = communeView(getDb(), params.code);
	if (!c)
		return json({ error: `Commune inconnue ou non chargée : ${params.code}` }, { status: 404 });
	return json(c);
}
