import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { listDepartements } from '$lib/server/db/territoires';
import { chooseDepartement } from '$lib/params/territory';

/** The home page opens the default territory: Alpes-de-Haute-Provence when built. */
export function load() {
	const code = chooseDepartement(null, listDepartements(getDb()));
	if (code) redirect(307, `/territoire/${code}`);
	return { empty: true };
}
