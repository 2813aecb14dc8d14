import type Database from 'better-sqlite3';
import { createNearestIndex, type NearestIndex } from '../../analysis/nearest';
import { declaresDigitalHelp, matchesFilters } from '../../analysis/needs';
import type { FinderFilters } from '../../params/finder';
import {
	openingState,
	openingSummary,
	opensOn,
	type OpeningState
} from '../../analysis/opening-state';
import { describeDistance, unplacedAfterPlaced } from '../../analysis/place-distance';
import { formatPhone } from '../../format';
import { communeByCode } from './commune-search';
import { describePassage } from '../../analysis/next-passage';
import { haversineKm, ROAD_DETOUR_FACTOR } from '../../analysis/geo';
import { landOf } from '../../analysis/land';
import { kindInfo } from '../../catalog/kinds';
import { dataVersion } from '../db/data-version';
import {
	itinerantsServing,
	lieuxByIds,
	lieuxForIndex,
	tourStops,
	type Lieu,
	type LieuIndexRow
} from '../db/lieux';

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

interface Cached {
	version: number;
	index: NearestIndex;
	byId: Map<number, LieuIndexRow>;
}
const cache = new WeakMap<Database.Database, Cached>();

/** The in-memory kd-tree over every help point, rebuilt when the data changes. */
export function finderIndex(db: Database.Database): Cached {
	let c = cache.get(db);
	const version = dataVersion(db);
	if (!c || c.version !== version) {
		const rows = lieuxForIndex(db);
		c = { version, index: createNearestIndex(rows), byId: new Map(rows.map((r) => [r.id, r])) };
		cache.set(db, c);
	}
	return c;
}

const split = (s: string) => (s ? s.split('|') : []);

const distanceM = (r: { lat: number; lon: number }, at: { lat: number; lon: number }) =>
	haversineKm(at.lat, at.lon, r.lat, r.lon) * 1000;

/** "≈ 8 min à pied" or "≈ 12 min en voiture". */
export function travelEstimate(distanceM: number): string {
	if (distanceM < 1500) return `≈ ${Math.max(1, Math.round(distanceM / 80))} min à pied`;
	const roadKm = (distanceM / 1000) * ROAD_DETOUR_FACTOR;
	return `≈ ${Math.max(1, Math.round((roadKm / 50) * 60))} min en voiture`;
}

/**
 * The help points nearest to a position that suit the filters, nearest first, on the same land
 * (`analysis/land.ts`: the searched département's, else the nearest help point's). Itinerant
 * services serving the searched commune come first: for the person, the bus that comes to them
 * is the nearest help.
 */
export function findHelp(
	db: Database.Database,
	at: {
		lat: number;
		lon: number;
		commune?: string | null;
		byCommune?: boolean;
		departement?: string | null;
	},
	filters: Partial<FinderFilters>,
	limit = 10,
	now = new Date(),
	scope: HelpScope = 'all'
): FinderResult[] {
	const { index, byId } = finderIndex(db);
	const wanted = filters.services ?? [];
	const inScope = (r: LieuIndexRow) =>
		scope === 'all' ||
		declaresDigitalHelp({ kind: r.kind, services: split(r.services) }) === (scope === 'declared');
	const land = landAt(index, byId, at);
	const ok = (r: LieuIndexRow) =>
		(land === null || r.departement == null || landOf(r.departement) === land) &&
		inScope(r) &&
		(wanted.length === 0 || split(r.services).some((x) => wanted.includes(x))) &&
		matchesFilters(
			{ services: split(r.services), publics: split(r.publics), frais: split(r.frais) },
			filters
		) &&
		(!filters.ouvertMaintenant ||
			openingState(r.horaires, now, { departement: r.departement }).open === true) &&
		(!filters.samedi || opensOn(r.horaires, 6, now, { departement: r.departement }));
	const servingRows = at.commune
		? itinerantsServing(db, at.commune).flatMap((x) => {
				const row = byId.get(x.lieu);
				return row && ok(row) ? [{ ...x, row }] : [];
			})
		: [];
	const serving = servingRows.map((x) => x.lieu);
	const byTour = new Set(servingRows.filter((x) => x.tour).map((x) => x.lieu));
	// searching a commune, its places without a placed address go after those with one
	const unplacedHere = (r: LieuIndexRow) =>
		!!at.byCommune && r.approximatif === 1 && r.code_insee === at.commune;
	const near = (unplaced: boolean, maxKm?: number) =>
		index.nearest(at.lat, at.lon, {
			limit,
			maxKm,
			filter: (id) => {
				const row = byId.get(id);
				return !serving.includes(id) && !!row && unplacedHere(row) === unplaced && ok(row);
			}
		});
	const hits = [
		...servingRows.map((x) => ({ id: x.lieu, distanceM: distanceM(x.row, at) })),
		...unplacedAfterPlaced(
			near(false),
			// a commune's unplaced places are at its point (30 km: the placement rule's bound)
			at.byCommune ? near(true, 30) : [],
			(h) => byId.get(h.id)?.code_insee === at.commune
		)
	].slice(0, limit);
	const lieux = new Map(
		lieuxByIds(
			db,
			hits.map((h) => h.id)
		).map((l) => [l.id, l])
	);
	return hits.flatMap((h) => {
		const lieu = lieux.get(h.id);
		if (!lieu) return []; // the index and the table are of the same data version
		const dessert = serving.includes(h.id);
		const arret = byTour.has(h.id);
		// a bus serving only its own commune (in a métropole) comes to the commune, not the EPCI
		const serves =
			lieu.code_insee === at.commune
				? 'intervient dans votre commune'
				: 'intervient dans votre intercommunalité';
		const trajet = arret
			? 'passe dans votre commune'
			: dessert
				? serves
				: travelEstimate(h.distanceM);
		const where = { departement: lieu.departement };
		const distance =
			arret || dessert
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
			ouverture: openingState(lieu.horaires, now, where),
			passage: lieu.itinerant ? passageText(db, lieu, at.commune ?? null, now) : null,
			dessertLaCommune: dessert,
			arretDansLaCommune: arret,
			distance,
			etat: lieu.itinerant
				? null
				: openingSummary(lieu.horaires, lieu.horaires_brut, now, where).text
		};
	});
}

/** The land of the searched place: its département's, else that of the nearest help point. */
function landAt(
	index: NearestIndex,
	byId: Map<number, LieuIndexRow>,
	at: { lat: number; lon: number; departement?: string | null }
): string | null {
	if (at.departement) return landOf(at.departement);
	const [first] = index.nearest(at.lat, at.lon, {
		limit: 1,
		filter: (id) => byId.get(id)?.departement != null
	});
	const dep = first ? byId.get(first.id)?.departement : null;
	return dep ? landOf(dep) : null;
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
