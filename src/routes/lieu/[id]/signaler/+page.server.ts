import { error, fail, redirect } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { getLieu } from '$lib/server/db/lieux';
import { ReportLimiter, submitReport } from '$lib/server/reports/submit-report';
import { whenFree } from '$lib/server/reports/busy';
import { displayName, formatPhone } from '$lib/format';

const limiter = new ReportLimiter();

function place(param: string) {
	const id = Number(param);
	const lieu = Number.isInteger(id) && id > 0 ? getLieu(getDb(), id) : null;
	if (!lieu) error(404, 'Ce lieu n’existe pas ou n’est plus référencé.');
	return lieu;
}

export function load({ params, url }) {
	const lieu = place(params.id);
	return {
		id: lieu.id,
		nom: displayName(lieu.nom),
		adresse: [lieu.adresse, [lieu.code_postal, lieu.commune].filter(Boolean).join(' ')]
			.filter(Boolean)
			.join(', '),
		telephone: formatPhone(lieu.telephone)?.text ?? null,
		envoye: url.searchParams.has('envoye')
	};
}

export const actions = {
	default: async ({ params, request, getClientAddress, setHeaders }) => {
		const lieu = place(params.id);
		// A report is a few hundred characters: refuse a big body before reading it.
		if (Number(request.headers.get('content-length')) > 20_000)
			return fail(413, { error: 'Signalement trop long.' });
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : réessayez.' });
		const r = whenFree(() =>
			submitReport(getWritableDb(), limiter, {
				lieu: lieu.id,
				address: getClientAddress(),
				fields: Object.fromEntries(form)
			})
		);
		if ('ok' in r) return fail(r.status, { error: r.message });
		if (r.status === 'limited') {
			setHeaders({ 'retry-after': String(r.retryAfterS) });
			return fail(429, { error: r.message });
		}
		if (r.status === 'invalid') return fail(400, { values: r.values, errors: r.errors });
		redirect(303, `/lieu/${lieu.id}/signaler?envoye`);
	}
};
