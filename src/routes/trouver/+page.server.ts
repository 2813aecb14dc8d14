import { getDb } from '$lib/server/db/connection';
import { listDepartements } from '$lib/server/db/territoires';
import { communeByCode, resolveSearch } from '$lib/server/finder/commune-search';
import { findHelp, type FinderResult } from '$lib/server/finder/find-help';
import { NEEDS, PUBLICS } from '$lib/analysis/needs';
import { groupByDepartement } from '$lib/analysis/commune-search';
import { checkedDate, freshness } from '$lib/analysis/freshness';
import { displayName, formatPhone } from '$lib/format';

/** Places that declare digital help in the main list, and other public places shown apart. */
const MAIN = 10;
const APART = 5;

/**
 * The resident finder. Works without JavaScript: the form submits `q` (or `commune`, or
 * `lat`/`lon` from "Me localiser"), the filters, and the server answers with the list, or with
 * the communes to choose from when the text designates several.
 */
export function load({ url }) {
	const db = getDb();
	const q = url.searchParams;
	const text = (q.get('q') ?? '').trim().slice(0, 100);
	const besoins = q.getAll('besoins').filter((b) => NEEDS.some((n) => n.key === b));
	const publics = q.getAll('publics').filter((p) => PUBLICS.some((x) => x.key === p));
	const filters = {
		besoins,
		publics,
		gratuit: q.get('gratuit') === '1',
		ouvertMaintenant: q.get('ouvert') === 'maintenant',
		samedi: q.get('samedi') === '1'
	};
	let place: {
		label: string;
		lat: number;
		lon: number;
		commune: string | null;
		byCommune: boolean;
		departement?: string;
	} | null = null;
	let autres: { code: string; nom: string; codePostal: string }[] = [];
	let choix: {
		departement: string;
		nom: string;
		communes: { code: string; nom: string; codePostal: string }[];
	}[] = [];
	const lat = Number(q.get('lat'));
	const lon = Number(q.get('lon'));
	const adresse = q.get('adresse');
	// A new text typed over the previous place wins over the hidden place fields.
	const sameText = (label: string | null | undefined) =>
		!text || (!!label && label.toLowerCase() === text.toLowerCase());
	const departements = listDepartements(db);
	const short = (x: { code: string; nom: string; codesPostaux: string[] }) => ({
		code: x.code,
		nom: x.nom,
		codePostal: x.codesPostaux[0] ?? ''
	});
	if (
		q.get('lat') &&
		q.get('lon') &&
		Number.isFinite(lat) &&
		Number.isFinite(lon) &&
		Math.abs(lat) <= 90 &&
		Math.abs(lon) <= 180 &&
		sameText(adresse ?? text)
	) {
		const label = q.get('adresse') || 'votre position';
		place = { label, lat, lon, commune: q.get('commune'), byCommune: false };
	} else {
		let c = q.get('commune') ? communeByCode(db, q.get('commune') as string) : null;
		if (c && !sameText(c.nom)) c = null;
		if (!c && text) {
			const r = resolveSearch(db, text);
			if (r.kind === 'one') {
				c = r.commune;
				autres = r.others.slice(0, 5).map(short);
			} else if (r.kind === 'choice')
				choix = groupByDepartement(r.communes).map((g) => ({
					departement: g.departement,
					nom: departements.find((d) => d.code === g.departement)?.nom ?? g.departement,
					communes: g.communes.map(short)
				}));
		}
		if (c && c.lat != null && c.lon != null)
			place = {
				label: c.nom,
				lat: c.lat,
				lon: c.lon,
				commune: c.code,
				byCommune: true,
				departement: c.departement
			};
	}
	const now = new Date();
	const card = (r: FinderResult) => {
		const checked = checkedDate(r.lieu.date_maj, r.lieu.verifie_le).date;
		const fresh = freshness(checked, now);
		return {
			id: r.lieu.id,
			nom: displayName(r.lieu.nom),
			kind: r.lieu.kind,
			itinerant: r.lieu.itinerant === 1,
			adresse: r.lieu.adresse,
			codePostal: r.lieu.code_postal,
			commune: r.lieu.commune,
			telephone: formatPhone(r.lieu.telephone),
			distanceM: r.distanceM,
			distance: r.distance,
			etat: r.etat,
			ouvert: r.ouverture.open,
			passage: r.passage,
			dessert: r.dessertLaCommune,
			arret: r.arretDansLaCommune,
			approximatif: r.lieu.approximatif === 1,
			dateMaj: fresh.months === null ? null : checked,
			douteux: fresh.stale,
			lat: r.lieu.lat,
			lon: r.lieu.lon
		};
	};
	const results = place ? findHelp(db, place, filters, MAIN, now, 'declared').map(card) : [];
	const apart = place ? findHelp(db, place, filters, APART, now, 'other').map(card) : [];
	return {
		text,
		filters,
		place,
		autres,
		choix,
		departements,
		notFound: !!text && !place && choix.length === 0,
		results,
		apart
	};
}
