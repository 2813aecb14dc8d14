import { json } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { parseScenarioSave, scenarioLink } from '$lib/params/saved-scenario';
import { jsonBodyOr400, jsonError } from '$lib/server/http/params';
import { saveScenario } from '$lib/server/scenarios/saved';

/**
 * POST /api/scenarios/enregistrer { nom, territoire, retirer, ajouter, seuil_km?, types? }, for a
 * signed-in planner: saves the scenario, answers its id and the address of its read-only page.
 */
export async function POST({ request, locals }) {
	if (!locals.user) return jsonError('Connexion requise pour enregistrer un scénario.', 401);
	const req = await jsonBodyOr400(request, parseScenarioSave);
	if (req instanceof Response) return req;
	const saved = await saveScenario(
		getDb(),
		getWritableDb(),
		req.nom,
		req.request,
		// an account added without a name signs with its address
		{ id: locals.user.id, nom: locals.user.nom || locals.user.email },
		new Date()
	);
	if (!saved.ok) return jsonError(saved.error, saved.status);
	const { id, jeton, territoire } = saved.value;
	// the read-only link carries a random token: numbers would let anyone walk through every draft
	return json({ id, url: scenarioLink(territoire, jeton) }, { status: 201 });
}
