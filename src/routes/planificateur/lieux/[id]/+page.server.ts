import { error, fail } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { getReport } from '$lib/server/db/reports';
import {
	applyCorrection,
	placeForm,
	type CorrectionRequest
} from '$lib/server/reports/apply-correction';
import { whenFree } from '$lib/server/reports/busy';
import { readLieuForm } from '$lib/import/lieu-form';
import { REASONS, proposedValue } from '$lib/import/report-form';
import { kindInfo } from '$lib/catalog/kinds';

const idOf = (param: string) => {
	const id = Number(param);
	return Number.isInteger(id) && id > 0 ? id : null;
};

export function load({ params, url }) {
	const db = getDb();
	const id = idOf(params.id);
	const place = id === null ? null : placeForm(db, id);
	if (!place) error(404, 'Ce lieu n’existe pas ou n’est plus référencé.');
	const asked = idOf(url.searchParams.get('signalement') ?? '');
	const report = asked === null ? null : getReport(db, asked);
	const open = report?.lieu === place.lieu.id && report.statut === 'ouvert' ? report : null;
	const proposed = open && proposedValue(open);
	return {
		id: place.lieu.id,
		nom: place.lieu.nom,
		kind: kindInfo(place.lieu.kind)?.label ?? place.lieu.kind,
		verifieLe: place.lieu.verifie_le,
		values: proposed ? { ...place.values, [proposed.field]: proposed.value } : place.values,
		report: open && { ...open, label: REASONS[open.motif].label }
	};
}

/** Apply the planner's request on place `param`; a refusal keeps the typed values for the form. */
function save(param: string, request: Omit<CorrectionRequest, 'lieu'>) {
	const lieu = idOf(param);
	if (lieu === null) return fail(404, { error: 'Ce lieu n’existe pas.' });
	const r = whenFree(() => applyCorrection(getWritableDb(), { lieu, ...request }));
	if (r.ok) return { message: r.message, importId: r.importId };
	return fail(r.status, {
		error: r.message,
		errors: 'errors' in r ? r.errors : {},
		values: request.values ?? null
	});
}

export const actions = {
	enregistrer: async ({ params, request }) => {
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : réessayez.' });
		const report = idOf(String(form.get('signalement') ?? ''));
		return save(params.id, {
			values: readLieuForm(form),
			verify: form.get('verifie') === '1',
			report: report ?? undefined
		});
	},
	verifier: async ({ params }) => save(params.id, { verify: true })
};
