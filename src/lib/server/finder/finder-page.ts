/**
 * The resident finder (`/trouver`): which place the query designates (a position, a commune, or
 * a typed text resolved among the built communes), then the help around it as cards.
 */
import type Database from 'better-sqlite3';
import { groupByDepartement } from '../../analysis/commune-search';
import { checkedDate, freshness } from '../../analysis/freshness';
import { displayName, formatPhone } from '../../format';
import type { FinderQuery } from '../../params/finder';
import type { CommuneChoice, FinderCard, FinderPage, FinderPlace } from '../../types/finder';
import { builtForWholeCountry } from '../db/build-info';
import { listDepartements } from '../db/territoires';
import { arrondissementsOf, communeByCode, resolveSearch } from './commune-search';
import { findHelp, type FinderResult } from './find-help';

/** Places that declare digital help in the main list, and other public places shown apart. */
const MAIN = 10;
const APART = 5;

type Departements = FinderPage['departements'];

const short = (x: { code: string; nom: string; codesPostaux: string[] }): CommuneChoice => ({
	code: x.code,
	nom: x.nom,
	codePostal: x.codesPostaux[0] ?? ''
});

/**
 * The place of the query, or the communes to choose from. A new text typed over the previous
 * place wins over the hidden place fields (`lat`/`lon`/`adresse`, `commune`).
 */
function resolvePlace(
	db: Database.Database,
	query: FinderQuery,
	departements: Departements
): Pick<FinderPage, 'place' | 'autres' | 'choix'> {
	const { text } = query;
	const sameText = (label: string | null | undefined) =>
		!text || (!!label && label.toLowerCase() === text.toLowerCase());
	const none = { place: null, autres: [], choix: [] };
	if (query.position && sameText(query.adresse ?? text)) {
		const { lat, lon } = query.position;
		const label = query.adresse || 'votre position';
		// an address names its commune (the BAN's citycode: an arrondissement in Paris)
		const departement = query.commune ? communeByCode(db, query.commune)?.departement : undefined;
		return {
			...none,
			place: { label, lat, lon, commune: query.commune, byCommune: false, departement }
		};
	}
	let c = query.commune ? communeByCode(db, query.commune) : null;
	if (c && !sameText(c.nom)) c = null;
	let autres: CommuneChoice[] = [];
	if (!c && text) {
		const r = resolveSearch(db, text);
		if (r.kind === 'choice')
			return {
				...none,
				choix: groupByDepartement(r.communes).map((g) => ({
					departement: g.departement,
					nom: departements.find((d) => d.code === g.departement)?.nom ?? g.departement,
					communes: g.communes.map(short)
				}))
			};
		if (r.kind === 'one') {
			c = r.commune;
			autres = r.others.slice(0, 5).map(short);
		}
	}
	if (!c || c.lat == null || c.lon == null) return { ...none, autres };
	const place: FinderPlace = {
		label: c.nom,
		lat: c.lat,
		lon: c.lon,
		commune: c.code,
		// in an arrondissement, places say how far they are, not « À Paris »
		byCommune: !c.parent,
		departement: c.departement
	};
	return { place, autres, choix: [] };
}

/** One result as a card: names and phones formatted as on screen, the freshness judged. */
function card(r: FinderResult, now: Date): FinderCard {
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
		telephone: formatPhone(r.lieu.telephone, r.lieu.departement),
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
}

/** What the finder page shows for a query (see the module comment). */
export function finderPage(db: Database.Database, query: FinderQuery, now: Date): FinderPage {
	const departements = listDepartements(db);
	const { place, autres, choix } = resolvePlace(db, query, departements);
	// itinerant services serve communes: an arrondissement is served as its city
	const searched = place?.commune ? communeByCode(db, place.commune) : null;
	const at = place && { ...place, commune: searched?.parent ?? place.commune };
	const arrondissements = place?.commune ? arrondissementsOf(db, place.commune).map(short) : [];
	const help = (limit: number, scope: 'declared' | 'other') =>
		at ? findHelp(db, at, query.filters, limit, now, scope).map((r) => card(r, now)) : [];
	return {
		text: query.text,
		filters: query.filters,
		place,
		// the city's arrondissements are offered apart, as a list of their own
		autres: autres.filter((a) => !arrondissements.some((x) => x.code === a.code)),
		choix,
		arrondissements,
		couverture: builtForWholeCountry(db) ? null : departements,
		departements,
		notFound: !!query.text && !place && choix.length === 0,
		results: help(MAIN, 'declared'),
		apart: help(APART, 'other')
	};
}
