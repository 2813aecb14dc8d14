import { getDb } from '$lib/server/db/connection';
import { epciNames, listDepartements } from '$lib/server/db/territoires';
import { communesOf } from '$lib/server/db/print';

/** The print studio form: built départements, and the EPCIs and communes of the chosen one. */
export function load({ url }) {
	const db = getDb();
	const departements = listDepartements(db);
	const asked = url.searchParams.get('departement');
	const departement = departements.find((d) => d.code === asked)?.code ?? departements[0]?.code;
	const epcis = departement
		? Object.entries(epciNames(db, departement))
				.map(([code, nom]) => ({ code, nom }))
				.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
		: [];
	return {
		departements,
		departement: departement ?? null,
		epcis,
		communes: departement ? communesOf(db, departement) : [],
		commune: url.searchParams.get('commune')
	};
}
