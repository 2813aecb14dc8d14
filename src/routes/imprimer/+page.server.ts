import { getDb } from '$lib/server/db/connection';
import { epciNames, listDepartements } from '$lib/server/db/territoires';
import { communesOf } from '$lib/server/db/print';
import { isLocalOnly, publicUrl } from '$lib/server/http/public-url';
import { chooseDepartement } from '$lib/params/territory';

/**
 * The print studio form: built départements, and the EPCIs and communes of the chosen one; the
 * address printed on sheets, and whether it only works on this computer.
 */
export function load({ url }) {
	const db = getDb();
	const departements = listDepartements(db);
	const departement = chooseDepartement(url.searchParams.get('departement'), departements);
	const epcis = departement
		? Object.entries(epciNames(db, departement))
				.map(([code, nom]) => ({ code, nom }))
				.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
		: [];
	const printedUrl = publicUrl(url.origin);
	return {
		departements,
		departement: departement ?? null,
		epcis,
		communes: departement ? communesOf(db, departement) : [],
		commune: url.searchParams.get('commune'),
		printedUrl,
		localOnly: isLocalOnly(printedUrl)
	};
}
