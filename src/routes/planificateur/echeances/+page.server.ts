import { getDb } from '$lib/server/db/connection';
import { listDepartements } from '$lib/server/db/territoires';
import { placesEnding } from '$lib/server/db/place-status';
import { chooseDepartement } from '$lib/params/territory';
import { endingWindow } from '$lib/catalog/place-status';
import { parisDay } from '$lib/labels';

/** Help points whose funding or contract ends within the next 12 months, by EPCI. */
export function load({ url }) {
	const db = getDb();
	const deps = listDepartements(db);
	const dep = chooseDepartement(url.searchParams.get('departement'), deps);
	const { from, to } = endingWindow(parisDay(new Date()));
	const places = dep ? placesEnding(db, dep, from, to) : [];
	const epci = new Map<string, { nom: string; places: typeof places }>();
	for (const p of places) {
		const key = p.epci ?? '';
		const e = epci.get(key) ?? { nom: p.epci_nom ?? 'EPCI inconnu', places: [] };
		e.places.push(p);
		epci.set(key, e);
	}
	return {
		departements: deps,
		dep,
		from,
		to,
		epci: [...epci].map(([code, e]) => ({ code, ...e }))
	};
}
