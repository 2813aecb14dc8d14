import { json } from '@sveltejs/kit';
import { getWritableDb } from '$lib/server/db/connection';
import { parseScenarioId, parseScenarioRename, scenarioLink } from '$lib/params/saved-scenario';
import { jsonBodyOr400, jsonError } from '$lib/server/http/params';
import { deleteSaved, renameSaved } from '$lib/server/scenarios/manage';

const unknown = (raw: string) => jsonError(`Scénario introuvable : « ${raw.slice(0, 20)} ».`, 404);

/**
 * PATCH /api/scenarios/{id} { nom }: the planner who saved the scenario renames it; 200
 * `{ id, nom, url }`. 401 without an account, 403 for another planner, 404 unknown, 400 bad name.
 */
export async function PATCH({ params, request, locals }) {
	if (!locals.user) return jsonError('Connexion requise pour renommer un scénario.', 401);
	const id = parseScenarioId(params.id);
	if (id === null) return unknown(params.id);
	const nom = await jsonBodyOr400(request, parseScenarioRename);
	if (nom instanceof Response) return nom;
	const r = renameSaved(getWritableDb(), id, nom, locals.user);
	if (!r.ok) return jsonError(r.error, r.status);
	const { territoire, jeton } = r.value;
	return json({ id, nom, url: scenarioLink(territoire, jeton) });
}

/** DELETE /api/scenarios/{id}: the planner who saved the scenario deletes it; 204. */
export function DELETE({ params, locals }) {
	if (!locals.user) return jsonError('Connexion requise pour supprimer un scénario.', 401);
	const id = parseScenarioId(params.id);
	if (id === null) return unknown(params.id);
	const r = deleteSaved(getWritableDb(), id, locals.user);
	return r.ok ? new Response(null, { status: 204 }) : jsonError(r.error, r.status);
}
