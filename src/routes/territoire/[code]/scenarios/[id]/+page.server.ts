import { error, fail, redirect } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { scenarioByToken } from '$lib/server/db/scenarios';
import { parseScenarioName, parseScenarioToken, scenarioLink } from '$lib/params/saved-scenario';
import { deleteSaved, renameSaved, userMayManage } from '$lib/server/scenarios/manage';
import { sharedScenario } from '$lib/server/scenarios/shared';

/** The saved scenario a link's token (`[id]`, 24 hexadecimal digits) opens, or null. */
function savedRow(param: string) {
	const jeton = parseScenarioToken(param);
	return jeton ? scenarioByToken(getDb(), jeton) : null;
}

/**
 * A saved scenario, read-only, for anyone with the link (a random token, not its number): evaluated
 * again on today's data. The planner who saved it also gets « Renommer » and « Supprimer » (see
 * scenarios/manage.ts).
 */
export async function load({ params, locals }) {
	const row = savedRow(params.id);
	const found = row ? await sharedScenario(getDb(), row.id) : null;
	if (!row || !found || (!found.ok && !found.row))
		error(404, `Scénario introuvable : « ${params.id.slice(0, 30)} ».`);
	if (row.territoire !== params.code) redirect(308, scenarioLink(row.territoire, row.jeton));
	const mayManage = userMayManage(getDb(), row.id, locals.user);
	// saved but no longer computable: its name, author and why, not a page that looks deleted
	return found.ok
		? { ...found.value, stale: null, mayManage }
		: { stale: { scenario: found.row!, error: found.error }, mayManage };
}

export const actions = {
	renommer: async ({ params, request, locals }) => {
		const row = savedRow(params.id);
		if (!row) return fail(404, { error: 'Scénario introuvable.' });
		const form = await request.formData().catch(() => null);
		const nom = parseScenarioName(form?.get('nom'));
		if (!nom.ok) return fail(400, { error: nom.error });
		const r = renameSaved(getWritableDb(), row.id, nom.value, locals.user);
		return r.ok
			? { message: `Scénario renommé « ${nom.value} ».` }
			: fail(r.status, { error: r.error });
	},
	supprimer: async ({ params, locals }) => {
		const row = savedRow(params.id);
		if (!row) return fail(404, { error: 'Scénario introuvable.' });
		const r = deleteSaved(getWritableDb(), row.id, locals.user);
		if (!r.ok) return fail(r.status, { error: r.error });
		redirect(303, `/territoire/${r.value.territoire}/scenarios`);
	}
};
