import { getDb } from '$lib/server/db/connection';
import { scenarioByToken } from '$lib/server/db/scenarios';
import { jsonError } from '$lib/server/http/params';
import { publicUrl } from '$lib/server/http/public-url';
import { parseScenarioToken } from '$lib/params/saved-scenario';
import { answerWith } from '$lib/server/print/print-http';
import { serveScenario } from '$lib/server/print/scenario-output';

/**
 * GET /imprimer/scenario.pdf?lien=… — a saved scenario on A4 landscape, for whoever has its link
 * (the token of its read-only page).
 */
export function GET({ request, url }) {
	const raw = url.searchParams.get('lien') ?? '';
	const jeton = parseScenarioToken(raw);
	if (!jeton)
		return jsonError(
			`Paramètre « lien » invalide : « ${raw.slice(0, 30)} ». Le jeton du lien d’un scénario enregistré est attendu (24 caractères).`,
			400
		);
	const db = getDb();
	const row = scenarioByToken(db, jeton);
	if (!row) return jsonError(`Scénario introuvable : ${jeton}.`, 404);
	const ctx = { origin: publicUrl(url.origin), now: new Date() };
	const serve = () => serveScenario(db, row.id, row.modifie_le, ctx, request.signal);
	return answerWith(request, serve, url.searchParams.get('apercu') === '1');
}
