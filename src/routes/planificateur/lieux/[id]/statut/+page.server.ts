import { error, fail } from '@sveltejs/kit';
import { getDb, getWritableDb } from '$lib/server/db/connection';
import { getPlaceStatus } from '$lib/server/db/place-status';
import { setPlaceStatus } from '$lib/server/places/set-status';
import { whenFree } from '$lib/server/reports/busy';
import { parsePlaceStatus } from '$lib/params/place-status';
import { kindInfo } from '$lib/catalog/kinds';

const idOf = (param: string) => {
	const id = Number(param);
	return Number.isInteger(id) && id > 0 ? id : null;
};

export function load({ params }) {
	const id = idOf(params.id);
	const place = id === null ? null : getPlaceStatus(getDb(), id);
	if (!place) error(404, 'Ce lieu n’existe pas ou n’est plus référencé.');
	return { place, kind: kindInfo(place.kind)?.label ?? place.kind };
}

export const actions = {
	default: async ({ params, request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		const id = idOf(params.id);
		if (id === null) return fail(404, { error: 'Ce lieu n’existe pas.' });
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : réessayez.' });
		const fields = parsePlaceStatus(form);
		if (!fields.ok) return fail(400, { error: fields.error });
		const r = whenFree(() => setPlaceStatus(getWritableDb(), id, fields.value));
		return r.ok ? { message: r.message } : fail(r.status, { error: r.message });
	}
};
