import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { sharedScenario } from '$lib/server/scenarios/shared';

/** A saved scenario, read-only, for anyone with the link: evaluated again on today's data. */
export async function load({ params }) {
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : 0;
	const shared = id ? await sharedScenario(getDb(), id) : null;
	if (!shared) error(404, `Scénario introuvable : « ${params.id.slice(0, 20)} ».`);
	if (shared.territoire.code !== params.code)
		redirect(308, `/territoire/${shared.territoire.code}/scenarios/${id}`);
	return shared;
}
