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
	const shared = id ? await sharedScenario(getDb(), id) : null;
	if (!shared) error(404, `Scénario introuvable : « ${params.id.slice(0, 20)} ».`);
	if (shared.territoire.code !== params.code)
		redirect(308, `/territoire/${shared.territoire.code}/scenarios/${id}`);
	return { ...shared, mayManage: userMayManage(getDb(), id, locals.user) };
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
