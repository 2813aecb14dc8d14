import type Database from 'better-sqlite3';
import { matchesFilters } from '../../analysis/needs';
import type { FinderFilters } from '../../params/finder';
import { opensOn, summarizeOpening, type OpeningState } from '../../analysis/opening-state';
import { describeDistance, unplacedAfterPlaced } from '../../analysis/place-distance';
import { formatPhone } from '../../format';
import { communeByCode } from './commune-search';
import { describePassage } from '../../analysis/next-passage';
import { haversineKm, ROAD_DETOUR_FACTOR } from '../../analysis/geo';
import { landOf } from '../../analysis/land';
import { kindInfo } from '../../catalog/kinds';
import { itinerantsServing, tourStops, type Lieu } from '../db/lieux';
import { finderIndex, openingAt, type FinderEntry, type FinderIndex } from './finder-index';

export interface FinderResult {
	lieu: Lieu;
	distanceM: number;
	/** Estimated travel: on foot under 1.5 km, else by car on roads (detour factor, 50 km/h). */
	trajet: string;
	ouverture: OpeningState;
	/** For an itinerant service: where and when it passes ("Le bus France services passe…"). */
	passage: string | null;
	/** An itinerant service that serves the searched commune (its area or its tour). */
	dessertLaCommune: boolean;
	/** …and a stop of its tour is in the commune (not only its EPCI). */
	arretDansLaCommune: boolean;
	/** Where it is, in words (see analysis/place-distance.ts): "À Castellane", "À 1,2 km". */
	distance: { main: string; detail: string | null };
	/** The opening line of a card; null for an itinerant service (its passage says when). */
	etat: string | null;
}

/** Which places a query returns: those declaring digital help, the others, or all. */
export type HelpScope = 'all' | 'declared' | 'other';

/** One help point chosen for a position, before it is put into words. */
export interface HelpHit {
	entry: FinderEntry;
	/** Great-circle distance from the searched position, unrounded. */
	distanceM: number;
	/** An itinerant service serving the searched commune (its area or its tour). */
	dessert: boolean;
	/** …with a stop of its tour in the commune. */
	arret: boolean;
	/** …based in the searched commune (a bus of a métropole serving its own commune). */
	sameCommune?: boolean;
}

const distanceM = (r: { lat: number; lon: number }, at: { lat: number; lon: number }) =>
	haversineKm(at.lat, at.lon, r.lat, r.lon) * 1000;

/** "≈ 8 min à pied" or "≈ 12 min en voiture". */
export function travelEstimate(distanceM: number): string {
	if (distanceM < 1500) return `≈ ${Math.max(1, Math.round(distanceM / 80))} min à pied`;
	const roadKm = (distanceM / 1000) * ROAD_DETOUR_FACTOR;
	return `≈ ${Math.max(1, Math.round((roadKm / 50) * 60))} min en voiture`;
}

/** The travel line of a hit: the bus that comes to the commune, else the travel estimate. */
export function trajetOf(hit: HelpHit): string {
	return hit.arret
		? 'passe dans votre commune'
		: hit.dessert
			? hit.sameCommune
				? 'intervient dans votre commune'
				: 'intervient dans votre intercommunalité'
			: travelEstimate(hit.distanceM);
}

/** Where a search is: a position, and the commune or département it names, if any. */
export interface SearchedPlace {
	lat: number;
	lon: number;
	commune?: string | null;
	/** The search was a commune (not an address or "Me localiser"). */
	byCommune?: boolean;
	departement?: string | null;
}

/**
 * The help points nearest to a position that suit the filters, nearest first, on the same land
 * (`analysis/land.ts`: the searched département's, else the nearest help point's). Itinerant
 * services serving the searched commune come first: for the person, the bus that comes to them
 * is the nearest help. Reads the in-memory index only (SQL only for the itinerants of a commune).
 */
export function nearestHelp(
	db: Database.Database,
	at: SearchedPlace,
	filters: Partial<FinderFilters>,
	limit = 10,
	now = new Date(),
	scope: HelpScope = 'all'
): HelpHit[] {
	const finder = finderIndex(db);
	const { index, entry: entryOf } = finder;
	const wanted = filters.services ?? [];
	// without needs, publics or fees, every place matches: skip the check on each candidate
	const enums = !!(filters.besoins?.length || filters.publics?.length || filters.gratuit);
	const land = landAt(finder, at);
	const ok = (e: FinderEntry) =>
		(land === null || e.land === null || e.land === land) &&
		(scope === 'all' || e.declares === (scope === 'declared')) &&
		(wanted.length === 0 || e.services.some((x) => wanted.includes(x))) &&
		(!enums || matchesFilters(e, filters)) &&
		(!filters.ouvertMaintenant || openingAt(e, now).open === true) &&
		(!filters.samedi || opensOn(e.lieu.horaires, 6, now, { departement: e.lieu.departement }));
	const servingRows = at.commune
		? itinerantsServing(db, at.commune).flatMap((x) => {
				const entry = entryOf(x.lieu);
				return entry && ok(entry) ? [{ ...x, entry }] : [];
			})
		: [];
	const serving = servingRows.map((x) => x.lieu);
	// searching a commune, its places without a placed address go after those with one
	const unplacedHere = (e: FinderEntry) =>
		!!at.byCommune && e.lieu.approximatif === 1 && e.lieu.code_insee === at.commune;
	const near = (unplaced: boolean, maxKm?: number) =>
		index.nearest(at.lat, at.lon, {
			limit,
			maxKm,
			filter: (id) => {
				const entry = entryOf(id);
				return !serving.includes(id) && !!entry && unplacedHere(entry) === unplaced && ok(entry);
			}
		});
	const served: HelpHit[] = servingRows.map((x) => ({
		entry: x.entry,
		distanceM: distanceM(x.entry.lieu, at),
		dessert: true,
		arret: x.tour,
		sameCommune: x.entry.lieu.code_insee === at.commune
	}));
	const nearby = unplacedAfterPlaced(
		near(false),
		// a commune's unplaced places are at its point (30 km: the placement rule's bound)
		at.byCommune ? near(true, 30) : [],
		(h) => entryOf(h.id)?.lieu.code_insee === at.commune
	).flatMap((h) => {
		const entry = entryOf(h.id);
		return entry ? [{ entry, distanceM: h.distanceM, dessert: false, arret: false }] : [];
	});
	return [...served, ...nearby].slice(0, limit);
}

/** The land of the searched place: its département's, else that of the nearest help point. */
function landAt(
	{ index, entry, allLanded }: FinderIndex,
	at: { lat: number; lon: number; departement?: string | null }
): string | null {
	if (at.departement) return landOf(at.departement);
	const [first] = index.nearest(at.lat, at.lon, {
		limit: 1,
		filter: allLanded ? undefined : (id) => entry(id)?.land != null
	});
	return (first && entry(first.id)?.land) ?? null;
}

/** `nearestHelp` put into words for the finder's cards, the poster and the print. */
export function findHelp(...query: Parameters<typeof nearestHelp>): FinderResult[] {
	const [db, at, filters, limit, now = new Date(), scope] = query;
	return nearestHelp(db, at, filters, limit, now, scope).map((h) => {
		const { lieu } = h.entry;
		const trajet = trajetOf(h);
		const ouverture = openingAt(h.entry, now);
		const distance =
			h.arret || h.dessert
				? { main: trajet[0].toUpperCase() + trajet.slice(1), detail: null }
				: describeDistance({
						distanceM: h.distanceM,
						approximate: lieu.approximatif === 1,
						code: lieu.code_insee,
						// the official name, not the source's spelling ("Digne Les Bains")
						commune: (lieu.code_insee && communeByCode(db, lieu.code_insee)?.nom) || lieu.commune,
						searchedCommune: at.byCommune ? (at.commune ?? null) : null,
						travel: lieu.itinerant ? `${trajet} · base du service` : trajet
					});
		return {
			lieu,
			distanceM: Math.round(h.distanceM),
			trajet,
			ouverture,
			passage: lieu.itinerant ? passageText(db, lieu, at.commune ?? null, now) : null,
			dessertLaCommune: h.dessert,
			arretDansLaCommune: h.arret,
			distance,
			etat: lieu.itinerant ? null : summarizeOpening(ouverture, lieu.horaires_brut).text
		};
	});
}

/**
 * The next passage at the searched commune's stop, else one sentence saying that the days are
 * not published and how to learn them (its phone, when known).
 */
function passageText(db: Database.Database, lieu: Lieu, commune: string | null, now: Date): string {
	const stops = tourStops(db, lieu.id);
	const sujet =
		lieu.kind === 'france-services'
			? 'Le bus France services'
			: `Le service itinérant ${kindInfo(lieu.kind)?.label ?? ''}`.trim();
	const stop = stops.find((s) => s.code_insee === commune) ?? stops[0];
	if (stop)
		return describePassage(
			{
				commune: stop.commune ?? stop.libelle ?? '',
				horaires: stop.horaires,
				sujet,
				validity: { du: stop.valide_du, au: stop.valide_au }
			},
			now,
			{ departement: lieu.departement }
		);
	const phone = formatPhone(lieu.telephone, lieu.departement);
	return phone
		? `Jours de passage non publiés : appelez le ${phone.text} pour les connaître.`
		: `Jours de passage non publiés.`;
}
