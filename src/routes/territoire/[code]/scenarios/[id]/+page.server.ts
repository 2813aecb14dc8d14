import { error, fail, redirect } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { parseScenarioId, parseScenarioName } from '$lib/params/saved-scenario';
import { deleteSaved, renameSaved, userMayManage } from '$lib/server/scenarios/manage';
import { sharedScenario } from '$lib/server/scenarios/shared';

/**
 * A saved scenario, read-only, for anyone with the link: evaluated again on today's data. The
 * planner who saved it also gets « Renommer » and « Supprimer » (see scenarios/manage.ts).
 */
export async function load({ params, locals }) {
	const id = parseScenarioId(params.id) ?? 0;
	const found = id ? await sharedScenario(getDb(), id) : null;
	if (!found || (!found.ok && !found.row))
		error(404, `Scénario introuvable : « ${params.id.slice(0, 20)} ».`);
	const code = found.ok ? found.value.territoire.code : found.row!.territoire;
	if (code !== params.code) redirect(308, `/territoire/${code}/scenarios/${id}`);
	const mayManage = userMayManage(getDb(), id, locals.user);
	// saved but no longer computable: its name, author and why, not a page that looks deleted
	return found.ok
		? { ...found.value, stale: null, mayManage }
		: { stale: { scenario: found.row!, error: found.error }, mayManage };
}

export const actions = {
	renommer: async ({ params, request, locals }) => {
		const id = parseScenarioId(params.id);
		if (id === null) return fail(404, { error: 'Scénario introuvable.' });
		const form = await request.formData().catch(() => null);
		const nom = parseScenarioName(form?.get('nom'));
		if (!nom.ok) return fail(400, { error: nom.error });
		const r = renameSaved(getWritableDb(), id, nom.value, locals.user);
		return r.ok
			? { message: `Scénario renommé « ${nom.value} ».` }
			: fail(r.status, { error: r.error });
	},
	supprimer: async ({ params, locals }) => {
		const id = parseScenarioId(params.id);
		if (id === null) return fail(404, { error: 'Scénario introuvable.' });
		const r = deleteSaved(getWritableDb(), id, locals.user);
		if (!r.ok) return fail(r.status, { error: r.error });
		redirect(303, `/territoire/${r.value.territoire}/scenarios`);
	}
};
