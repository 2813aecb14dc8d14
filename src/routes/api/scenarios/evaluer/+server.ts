import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { parseScenarioRequest } from '$lib/params/scenario';
import { jsonBodyOr400, jsonError } from '$lib/server/http/params';
import { evaluateTerritoryScenario } from '$lib/server/scenarios/evaluate';

/**
 * POST /api/scenarios/evaluer { territoire, retirer: [ids], ajouter: [{ type, commune | lat+lon,
 * nom?, arrets?, jours? }], seuil_km?, types?, reference?, indicateur? }: the dashboards before
 * and after switching places off and opening sites (a bus by its stops `arrets` and the days of
 * each, `jours`), the communes whose situation changes and the sites added in words (`ajoutes`).
 */
export async function POST({ request }) {
	const req = await jsonBodyOr400(request, parseScenarioRequest);
	if (req instanceof Response) return req;
	const answer = await evaluateTerritoryScenario(getDb(), req);
	return answer.ok ? json(answer.value) : jsonError(answer.error, answer.status);
}
