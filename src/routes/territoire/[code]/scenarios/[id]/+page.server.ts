import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { sharedScenario } from '$lib/server/scenarios/shared';

/** A saved scenario, read-only, for anyone with the link: evaluated again on today's data. */
export async function load({ params }) {
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : 0;
	const found = id ? await sharedScenario(getDb(), id) : null;
	if (!found || (!found.ok && !found.row))
		error(404, `Scénario introuvable : « ${params.id.slice(0, 20)} ».`);
	const code = found.ok ? found.value.territoire.code : found.row!.territoire;
	if (code !== params.code) redirect(308, `/territoire/${code}/scenarios/${id}`);
	// saved but no longer computable: its name, author and why, not a page that looks deleted
	return found.ok
		? { ...found.value, stale: null }
		: { stale: { scenario: found.row!, error: found.error } };
}
