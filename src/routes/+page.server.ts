import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { listDepartements } from '$lib/server/db/territoires';

/** The home page opens the default territory: Alpes-de-Haute-Provence when built. */
export function load() {
	const deps = listDepartements(getDb());
	const code = deps.some((d) => d.code === '04') ? '04' : deps[0]?.code;
	if (code) redirect(307, `/territoire/${code}`);
	return { empty: true };
}
