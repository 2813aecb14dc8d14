/** What a change of help points does to coverage: the scenario editor's and the API's answer. */
import {
	computeCoverage,
	roadEstimateKm,
	type CommuneCoverage,
	type CoverageCommune,
	type CoverageOptions,
	type CoveragePoint
} from '../coverage';
import type { CoverageParams } from '../coverage-params';
import { haversineKm, ROAD_DETOUR_FACTOR } from '../geo';
import { isCovered, scenarioFigures, type ScenarioFigures } from './figures';

/** A help point of the territory or near it; `commune` places it in an EPCI for the counts. */
export type ScenarioPoint = CoveragePoint & { commune?: string | null };

/** Today's state of a territory: its communes, the help points that count for them, the averages. */
export interface ScenarioBase {
	communes: CoverageCommune[];
	/** Help points of the territory and its surroundings (a place across a border counts). */
	points: ScenarioPoint[];
	references: CoverageOptions['references'];
	epciNames?: Record<string, string>;
	/** computeCoverage's answer for `communes`, `points` and the same parameters, if known. */
	before?: CommuneCoverage[];
	/**
	 * The points each département's communes were measured against, when the coverage was
	 * computed one département at a time (the server's way): the communes a change touches are
	 * measured again against their own département's list, so before and after follow one rule
	 * and France needs no national index. Absent: every commune against `points`.
	 */
	pointsByDepartement?: Map<string, ScenarioPoint[]>;
}

/** A site the scenario opens: a fixed place, or an itinerant service stopping in `serves`. */
export interface ScenarioSite {
	kind: string;
	nom: string;
	lat: number;
	lon: number;
	itinerant?: boolean;
	/** Codes INSEE of the communes a bus stops in. */
	serves?: string[];
	/** Code INSEE of its commune, for the EPCI counts. */
	commune?: string | null;
}

export interface ScenarioChange {
	/** Ids of the help points switched off. */
	remove: number[];
	add: ScenarioSite[];
	params: Pick<CoverageParams, 'indicateur' | 'reference' | 'seuilKm' | 'types'>;
}

/** A commune whose situation changes: zone blanche or not, help within the threshold, nearest. */
export interface CommuneChange {
	code: string;
	nom: string;
	epci: string | null;
	population: number;
	fragile: boolean;
	before: CommuneState;
	after: CommuneState;
}

export interface CommuneState {
	zoneBlanche: boolean;
	covered: boolean;
	withinThreshold: number;
	servedByItinerant: boolean;
	/** Road estimate to the nearest counted fixed place, km; null when none. */
	nearestKm: number | null;
	nearestNom: string | null;
}

export interface ScenarioResult {
	before: ScenarioFigures;
	after: ScenarioFigures;
	/** Communes whose zone-blanche status, places within the threshold or itinerant service changed. */
	changes: CommuneChange[];
	/** Ids given to the added sites, in order (negative, never a stored id). */
	addedIds: number[];
	/** Codes of the zones blanches before and after, for the map. */
	zonesBlanches: { before: string[]; after: string[] };
}

const todayFigures = new WeakMap<CommuneCoverage[], ScenarioFigures>();

/** The coverage options of a scenario's parameters. */
export function scenarioOptions(
	base: Pick<ScenarioBase, 'references'>,
	params: ScenarioChange['params']
): CoverageOptions {
	return {
		indicator: params.indicateur,
		reference: params.reference,
		references: base.references,
		thresholdKm: params.seuilKm,
		kinds: params.types
	};
}

/**
 * Coverage and figures before and after switching off `remove` and opening `add`, with the
 * communes whose situation changes. The rule is computeCoverage's, unchanged; only the communes a
 * changed point can touch are recomputed (within the threshold of it, its nearest place, or
 * served by it), so a département answers in milliseconds and France in well under a second
 * once `before` is known.
 */
export function evaluateScenario(base: ScenarioBase, change: ScenarioChange): ScenarioResult {
	const options = scenarioOptions(base, change.params);
	const before = base.before ?? computeCoverage(base.communes, base.points, options);
	const removed = new Set(change.remove);
	const addedIds = change.add.map((_, i) => -(i + 1));
	const added: ScenarioPoint[] = change.add.map((s, i) => ({
		id: addedIds[i],
		kind: s.kind,
		nom: s.nom,
		lat: s.lat,
		lon: s.lon,
		itinerant: s.itinerant ?? false,
		serves: s.serves,
		commune: s.commune ?? null
	}));
	const pointsAfter = [...base.points.filter((p) => !removed.has(p.id)), ...added];
	const touched = [...base.points.filter((p) => removed.has(p.id)), ...added];
	const after = recompute(base, before, pointsAfter, touched, removed, added, options);
	const codes = new Set(base.communes.map((c) => c.code));
	// points counted in the territory's figures: those whose commune is one of its communes
	const inside = (points: ScenarioPoint[]) =>
		points.filter((p) => p.commune != null && codes.has(p.commune));
	const figures = (coverage: CommuneCoverage[], points: ScenarioPoint[]) =>
		scenarioFigures(base.communes, coverage, inside(points), base.epciNames);
	// today's figures are the same for every scenario on a cached analysis: computed once
	let beforeFigures = base.before ? todayFigures.get(base.before) : undefined;
	if (!beforeFigures) {
		beforeFigures = figures(before, base.points);
		if (base.before) todayFigures.set(base.before, beforeFigures);
	}
	return {
		before: beforeFigures,
		after: figures(after, pointsAfter),
		changes: changedCommunes(base.communes, before, after),
		addedIds,
		zonesBlanches: {
			before: zoneCodes(base.communes, before),
			after: zoneCodes(base.communes, after)
		}
	};
}

const zoneCodes = (communes: CoverageCommune[], coverage: CommuneCoverage[]) =>
	communes.filter((_, i) => coverage[i].zoneBlanche).map((c) => c.code);

/** computeCoverage after the change, run again only on the communes a touched point can reach. */
function recompute(
	base: ScenarioBase,
	before: CommuneCoverage[],
	pointsAfter: ScenarioPoint[],
	touched: ScenarioPoint[],
	removed: Set<number>,
	added: ScenarioPoint[],
	options: CoverageOptions
): CommuneCoverage[] {
	if (touched.length === 0) return before;
	const { communes } = base;
	const affected = affectedCommunes(communes, before, touched, removed, options);
	const out = before.slice();
	const groups = new Map<string, number[]>();
	for (const i of affected) {
		const key = base.pointsByDepartement ? communes[i].departement : '';
		const list = groups.get(key);
		if (list) list.push(i);
		else groups.set(key, [i]);
	}
	for (const [dep, idx] of groups) {
		const own = base.pointsByDepartement?.get(dep);
		const points = own ? [...own.filter((p) => !removed.has(p.id)), ...added] : pointsAfter;
		const fresh = computeCoverage(
			idx.map((i) => communes[i]),
			points,
			options
		);
		idx.forEach((i, j) => (out[i] = fresh[j]));
	}
	return out;
}

function nearestRemoved(b: CommuneCoverage, removed: Set<number>): boolean {
	if (removed.size === 0) return false;
	for (const kind in b.nearestByKind) if (removed.has(b.nearestByKind[kind].id)) return true;
	return false;
}

/** The communes a changed point can affect: in its reach, served by it, or whose nearest it was. */
function affectedCommunes(
	communes: CoverageCommune[],
	before: CommuneCoverage[],
	touched: ScenarioPoint[],
	removed: Set<number>,
	options: CoverageOptions
): number[] {
	const factor = options.detourFactor ?? ROAD_DETOUR_FACTOR;
	const served = new Set(touched.flatMap((p) => (p.itinerant && p.serves ? p.serves : [])));
	const fixed = touched.filter((p) => !(p.itinerant && p.serves && p.serves.length > 0));
	const affected: number[] = [];
	communes.forEach((c, i) => {
		const b = before[i];
		const hit =
			served.has(c.code) ||
			(b.nearest !== null && removed.has(b.nearest.id)) ||
			nearestRemoved(b, removed) ||
			(c.lat !== null &&
				c.lon !== null &&
				fixed.some((p) => {
					const km = haversineKm(c.lat!, c.lon!, p.lat, p.lon);
					// a hair of slack: computeCoverage decides the edge, here we only pick candidates
					if (roadEstimateKm(km, factor) <= options.thresholdKm * (1 + 1e-6) + 1e-6) return true;
					const k = b.nearestByKind[p.kind];
					return !k || km <= k.crowKm;
				}));
		if (hit) affected.push(i);
	});
	return affected;
}

function stateOf(cov: CommuneCoverage): CommuneState {
	return {
		zoneBlanche: cov.zoneBlanche,
		covered: isCovered(cov),
		withinThreshold: cov.withinThreshold,
		servedByItinerant: cov.servedByItinerant,
		nearestKm: cov.nearest?.roadKm ?? null,
		nearestNom: cov.nearest?.nom ?? null
	};
}

/** The communes whose zone-blanche status, coverage or number of places within reach changed. */
function changedCommunes(
	communes: CoverageCommune[],
	before: CommuneCoverage[],
	after: CommuneCoverage[]
): CommuneChange[] {
	const out: CommuneChange[] = [];
	communes.forEach((c, i) => {
		const b = before[i];
		const a = after[i];
		if (
			b === a ||
			(b.zoneBlanche === a.zoneBlanche &&
				b.servedByItinerant === a.servedByItinerant &&
				b.withinThreshold === a.withinThreshold)
		)
			return;
		out.push({
			code: c.code,
			nom: c.nom,
			epci: c.epci,
			population: c.population,
			fragile: b.ecart !== null && b.ecart > 0,
			before: stateOf(b),
			after: stateOf(a)
		});
	});
	// the ones that matter first: new zones blanches, then the most populated
	const rank = (x: CommuneChange) => (x.after.zoneBlanche ? 0 : x.before.zoneBlanche ? 1 : 2);
	return out.sort((x, y) => rank(x) - rank(y) || y.population - x.population);
}
