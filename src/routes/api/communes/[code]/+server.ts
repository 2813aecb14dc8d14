import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { communeView } from '$lib/server/coverage/commune-view';
import { parseInseeCode } from '$lib/params/territory';
import { valueOr400 } from '$lib/server/http/params';

/** GET /api/communes/{code}: values against averages, nearest help points, sources. */
export function GET({ params }) {
	const code = valueOr400(parseInseeCode(params.code));
	if (code instanceof Response) return code;
	const c = communeView(getDb(), code);
	if (!c)
		return json({ error: `Commune inconnue ou non chargée : ${params.code}` }, { status: 404 });
	return json(c);
}
