import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { scenarioEditorData } from '$lib/server/scenarios/editor';
import { scenariosOf } from '$lib/server/db/scenarios';
import { territoryKind } from '$lib/params/territory';

/**
 * The scenario editor, for signed-in planners: a département's or an EPCI's places today, and
 * the scenarios saved for it.
 */
export async function load({ params, url, locals }) {
	if (!locals.user) redirect(303, `/connexion?suite=${encodeURIComponent(url.pathname)}`);
	const code = params.code.toUpperCase();
	const data = territoryKind(code) ? await scenarioEditorData(getDb(), code) : null;
	if (!data)
		error(
			404,
			`Pas d’éditeur de scénarios pour « ${params.code.slice(0, 40)} » : un département ou un EPCI chargé est attendu.`
		);
	return { ...data, saved: scenariosOf(getDb(), data.territoire.code) };
}
