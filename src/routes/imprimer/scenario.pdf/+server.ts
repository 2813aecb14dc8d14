import { getDb } from '$lib/server/db/connection';
import { getScenario } from '$lib/server/db/scenarios';
import { jsonError } from '$lib/server/http/params';
import { publicUrl } from '$lib/server/http/public-url';
import { answerWith } from '$lib/server/print/print-http';
import { serveScenario } from '$lib/server/print/scenario-output';

/** GET /imprimer/scenario.pdf?id=N — a saved scenario on A4 landscape, for whoever has its link. */
export function GET({ request, url }) {
	const raw = url.searchParams.get('id') ?? '';
	const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
	if (!id)
		return jsonError(
			`Paramètre « id » invalide : « ${raw.slice(0, 20)} ». Le numéro d’un scénario enregistré est attendu.`,
			400
		);
	const db = getDb();
	const row = getScenario(db, id);
	if (!row) return jsonError(`Scénario introuvable : ${id}.`, 404);
	const ctx = { origin: publicUrl(url.origin), now: new Date() };
	const serve = () => serveScenario(db, id, row.modifie_le, ctx, request.signal);
	return answerWith(request, serve, url.searchParams.get('apercu') === '1');
}
