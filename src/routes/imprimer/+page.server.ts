import { getDb } from '$lib/server/db/connection';
import { epciNames, listDepartements } from '$lib/server/db/territoires';
import { communesOf, communesOfEpci } from '$lib/server/db/print';
import { arrondissementsOf } from '$lib/server/finder/commune-search';
import { isLocalOnly, publicUrl } from '$lib/server/http/public-url';
import { chooseDepartement } from '$lib/params/territory';

/**
 * The print studio form: built départements, the EPCIs of the chosen one (with those that
 * straddle its border), and the communes of the chosen EPCI (in every département it covers) or
 * of the département; the address printed on sheets, and whether it only works on this computer.
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
	const epci = epcis.find((e) => e.code === url.searchParams.get('epci'))?.code ?? null;
	const communes = epci ? communesOfEpci(db, epci) : departement ? communesOf(db, departement) : [];
	const printedUrl = publicUrl(url.origin);
	return {
		departements,
		departement: departement ?? null,
		epcis,
		epci,
		communes,
		// a poster can be made for an arrondissement of Paris, Lyon or Marseille too
		posterCommunes: communes.flatMap((c) => [
			c,
			...arrondissementsOf(db, c.code).map((a) => ({ code: a.code, nom: a.nom }))
		]),
		commune: url.searchParams.get('commune'),
		printedUrl,
		localOnly: isLocalOnly(printedUrl)
	};
}
