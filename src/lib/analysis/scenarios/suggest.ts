/** Where new sites would cover the most fragile inhabitants left without help: greedy max covering. */
import { roadEstimateKm, type CommuneCoverage, type CoverageCommune } from '../coverage';
import { GeoGrid } from '../geo-grid';
import { ROAD_DETOUR_FACTOR } from '../geo';

/** A place a new site could open at; the API offers the communes' representative points. */
export interface Candidate {
	code: string;
	nom: string;
	lat: number;
	lon: number;
}

export interface SuggestOptions {
	/** Number of sites to choose. */
	n: number;
	/** The zone-blanche threshold on the road estimate, km (the coverage's own). */
	thresholdKm: number;
	/** Road km per crow-flies km; ROAD_DETOUR_FACTOR (1.3) by default, as in computeCoverage. */
	detourFactor?: number;
}

export interface SuggestedSite {
	candidate: Candidate;
	/** Fragile inhabitants this site adds to those already covered by the sites before it. */
	gain: number;
	/** Codes of the zones blanches it covers that no earlier site covered. */
	communes: string[];
}

export interface Suggestion {
	sites: SuggestedSite[];
	/** Zones blanches before any new site. */
	uncovered: { count: number; population: number };
	/** Population the sites cover together. */
	gain: number;
}

/** The zones blanches with a position: the communes a new site could cover. */
function zonesBlanches(communes: CoverageCommune[], coverage: CommuneCoverage[]) {
	return communes.filter((c, i) => coverage[i].zoneBlanche && c.lat !== null && c.lon !== null);
}

const tally = (list: CoverageCommune[]) => ({
	count: list.length,
	population: list.reduce((s, c) => s + c.population, 0)
});

/**
 * Which zones blanches (computeCoverage's flag, `coverage` in the order of `communes`) each
 * candidate would cover: those within the threshold of it by road estimate, as a new fixed place
 * of a counted kind would, by the very rule of computeCoverage.
 */
export function coverSets(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	candidates: Candidate[],
	options: Omit<SuggestOptions, 'n'>
): { targets: CoverageCommune[]; sets: number[][] } {
	const factor = options.detourFactor ?? ROAD_DETOUR_FACTOR;
	const targets = zonesBlanches(communes, coverage);
	const grid = new GeoGrid(targets as { lat: number; lon: number }[]);
	const searchKm = (options.thresholdKm / factor) * (1 + 1e-9) + 1e-9;
	const sets = candidates.map((cand) => {
		const set: number[] = [];
		grid.within(cand.lat, cand.lon, searchKm, (j, km) => {
			if (roadEstimateKm(km, factor) <= options.thresholdKm) set.push(j);
		});
		return set.sort((a, b) => a - b);
	});
	return { targets, sets };
}

/**
 * Greedy maximal covering: N times, the candidate covering the most fragile inhabitants not yet
 * covered (ties: the earlier candidate). Optimal for N = 1 and within 1 − 1/e of the optimum for
 * any N (Nemhauser, Wolsey & Fisher, 1978); lazy gains keep it near linear in the pairs.
 */
export function suggestSites(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	candidates: Candidate[],
	options: SuggestOptions
): Suggestion {
	const { targets, sets } = coverSets(communes, coverage, candidates, options);
	const done = new Uint8Array(targets.length);
	const gainOf = (i: number) =>
		sets[i].reduce((s, j) => s + (done[j] ? 0 : targets[j].population), 0);
	// upper bounds of each candidate's gain; a gain only shrinks as communes get covered
	const bound = sets.map((_, i) => gainOf(i));
	const sites: SuggestedSite[] = [];
	const chosen = new Set<number>();
	for (let k = 0; k < options.n; k++) {
		let best = -1;
		let bestGain = 0;
		const order = bound.map((_, i) => i).sort((a, b) => bound[b] - bound[a] || a - b);
		for (const i of order) {
			if (chosen.has(i)) continue;
			if (bound[i] < bestGain || (bound[i] === bestGain && best !== -1 && best < i)) break;
			bound[i] = gainOf(i);
			if (bound[i] > bestGain || (bound[i] === bestGain && bestGain > 0 && i < best)) {
				best = i;
				bestGain = bound[i];
			}
		}
		if (best === -1 || bestGain === 0) break;
		chosen.add(best);
		const covered = sets[best].filter((j) => !done[j]);
		for (const j of covered) done[j] = 1;
		sites.push({
			candidate: candidates[best],
			gain: bestGain,
			communes: covered.map((j) => targets[j].code)
		});
	}
	return {
		sites,
		uncovered: tally(targets),
		gain: sites.reduce((s, x) => s + x.gain, 0)
	};
}

export interface BusOptions {
	/** Number of stops of the vehicle (its half-days on the road in a week, say). */
	k: number;
	/** How far from its base the vehicle goes for a stop: road estimate, km. */
	rangeKm: number;
	/** Road km per crow-flies km; ROAD_DETOUR_FACTOR (1.3) by default. */
	detourFactor?: number;
}

export interface BusStop extends SuggestedSite {
	/** Road estimate from the vehicle's base, km (one decimal). */
	km: number;
}

export interface BusSuggestion extends Suggestion {
	/** Where the vehicle is based (a depot candidate); null when no stop is worth it. */
	base: Candidate | null;
	/** The stops, largest gain first. */
	sites: BusStop[];
}

/**
 * K stops for one vehicle. An itinerant service counts in the communes it stops in
 * (computeCoverage's rule for a service with a known area), so a stop covers its own commune; one
 * vehicle leaves from one base, so its stops must all lie within `rangeKm` of it by road estimate.
 * For each candidate base the best stops are the K most populated zones blanches within range;
 * the answer is the base whose K stops cover the most inhabitants (ties: the shorter total
 * distance, then the earlier base). This is the optimum of the problem, not an approximation.
 */
export function suggestBusRoute(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	bases: Candidate[],
	options: BusOptions
): BusSuggestion {
	const factor = options.detourFactor ?? ROAD_DETOUR_FACTOR;
	const targets = zonesBlanches(communes, coverage).filter((c) => c.population > 0);
	const grid = new GeoGrid(targets as { lat: number; lon: number }[]);
	const searchKm = (options.rangeKm / factor) * (1 + 1e-9) + 1e-9;
	let best: { base: number; stops: { j: number; km: number }[]; gain: number; km: number } | null =
		null;
	for (const [i, b] of bases.entries()) {
		const reach: { j: number; km: number }[] = [];
		grid.within(b.lat, b.lon, searchKm, (j, km) => {
			const road = roadEstimateKm(km, factor);
			if (road <= options.rangeKm) reach.push({ j, km: road });
		});
		reach.sort(
			(x, y) =>
				targets[y.j].population - targets[x.j].population ||
				x.km - y.km ||
				targets[x.j].code.localeCompare(targets[y.j].code)
		);
		const stops = reach.slice(0, options.k);
		const gain = stops.reduce((s, x) => s + targets[x.j].population, 0);
		const km = stops.reduce((s, x) => s + x.km, 0);
		if (gain > 0 && (!best || gain > best.gain || (gain === best.gain && km < best.km - 1e-9)))
			best = { base: i, stops, gain, km };
	}
	const sites: BusStop[] = (best?.stops ?? []).map(({ j, km }) => {
		const c = targets[j];
		return {
			candidate: { code: c.code, nom: c.nom, lat: c.lat!, lon: c.lon! },
			gain: c.population,
			communes: [c.code],
			km: Math.round(km * 10) / 10
		};
	});
	return {
		base: best ? bases[best.base] : null,
		sites,
		uncovered: tally(zonesBlanches(communes, coverage)),
		gain: best?.gain ?? 0
	};
}
