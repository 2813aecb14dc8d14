import { fail } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { inbox } from '$lib/server/reports/inbox';
import { acceptReport, dismiss } from '$lib/server/reports/decide-report';
import { whenFree } from '$lib/server/reports/busy';

export function load({ url }) {
	return inbox(getDb(), url.searchParams);
}

/** The posted form and its report id (null when unreadable). */
async function posted(request: Request) {
	const form = await request.formData().catch(() => null);
	const id = Number(form?.get('id'));
	return { form, id: Number.isInteger(id) && id > 0 ? id : null };
}

export const actions = {
	accepter: async ({ request }) => {
		const { id } = await posted(request);
		if (id === null) return fail(400, { error: 'Signalement inconnu.' });
		const r = whenFree(() => acceptReport(getWritableDb(), id));
		return r.ok ? { message: r.message } : fail(r.status, { error: r.message });
	},
	ecarter: async ({ request }) => {
		const { form, id } = await posted(request);
		if (id === null) return fail(400, { error: 'Signalement inconnu.' });
		const r = whenFree(() => dismiss(getWritableDb(), id, String(form?.get('raison') ?? '')));
		return r.ok ? { message: r.message } : fail(r.status, { error: r.message });
	}
};
