/** Reference averages ("moyenne départementale"…) that the écart and the zones blanches use. */
import type { CoverageCommune } from './coverage';
import { aggregateByGroup } from './weighted-mean';

/** Population-weighted means of one indicator; the shape CoverageOptions.references expects. */
export interface ReferenceAverages {
	departement: Record<string, number | null>;
	epci: Record<string, number | null>;
	/** By COG région code (93), over the communes given that carry their région. */
	region: Record<string, number | null>;
	france: number | null;
}

// Prefixes keep the levels apart in a single pass; 'fr' cannot clash with a code.
const DEP = 'd:';
const EPCI = 'e:';
const REGION = 'r:';
const FRANCE = 'fr';

/**
 * Mean of `indicator` over the communes that have a value, weighted by population, per
 * département, per EPCI, per région (communes carrying their `region`) and over all the communes
 * given (France when given the whole country).
 * Communes without a value are left out with their population (see weightedMean). For
 * illectronisme the communes carry the value of their EPCI or département, painted upstream, so
 * this is the population-weighted mean of those values. An EPCI straddling two départements
 * gets the mean over the communes passed in, so pass all of its communes for its true mean.
 */
export function referenceAverages(
	communes: CoverageCommune[],
	indicator: string
): ReferenceAverages {
	const groups = aggregateByGroup(
		communes,
		(c) => {
			const keys = [DEP + c.departement, FRANCE];
			if (c.epci) keys.push(EPCI + c.epci);
			if (c.region) keys.push(REGION + c.region);
			return keys;
		},
		(c) => c.values[indicator] ?? null,
		(c) => c.population
	);
	const out: ReferenceAverages = { departement: {}, epci: {}, region: {}, france: null };
	for (const [key, g] of groups) {
		if (key === FRANCE) out.france = g.mean;
		else if (key.startsWith(DEP)) out.departement[key.slice(DEP.length)] = g.mean;
		else if (key.startsWith(REGION)) out.region[key.slice(REGION.length)] = g.mean;
		else out.epci[key.slice(EPCI.length)] = g.mean;
	}
	return out;
}

/** Where a département's illectronisme rate comes from: the source, or the mean of its communes. */
export type RateOrigin = 'source' | 'moyenne';

/** Illectronisme references, with how each département's and région's rate was obtained. */
export interface IllectronismeReferences extends ReferenceAverages {
	departementOrigin: Record<string, RateOrigin>;
	regionOrigin: Record<string, RateOrigin>;
}

/**
 * The one rule for illectronisme averages, used by the map legend, the commune panel, the
 * dashboard, the table, the CSV and the print. The source publishes rates for some EPCIs and
 * some départements only (commune values are painted from them upstream). A département's or a
 * région's rate is the source's when it gives one, otherwise the population-weighted mean of its
 * communes' painted rates (origin 'moyenne', e.g. 17.82 for the 04 from its EPCI rates). An
 * EPCI's rate and France's are the source's only: no rate is invented for an EPCI the source does
 * not cover. Pass all the communes of a région for its mean.
 */
export function illectronismeReferences(
	communes: CoverageCommune[],
	stored: {
		departement: Record<string, number | null>;
		epci: Record<string, number | null>;
		region?: Record<string, number | null>;
		france: number | null;
	}
): IllectronismeReferences {
	const means = referenceAverages(communes, 'illectronisme');
	const dep = sourceElseMean(stored.departement, means.departement);
	const region = sourceElseMean(stored.region ?? {}, means.region);
	return {
		departement: dep.values,
		departementOrigin: dep.origins,
		region: region.values,
		regionOrigin: region.origins,
		epci: { ...stored.epci },
		france: stored.france
	};
}

function sourceElseMean(
	stored: Record<string, number | null>,
	means: Record<string, number | null>
): { values: Record<string, number | null>; origins: Record<string, RateOrigin> } {
	const values: Record<string, number | null> = {};
	const origins: Record<string, RateOrigin> = {};
	for (const code of new Set([...Object.keys(stored), ...Object.keys(means)])) {
		const given = stored[code] ?? null;
		const value = given ?? means[code] ?? null;
		values[code] = value;
		if (value !== null) origins[code] = given !== null ? 'source' : 'moyenne';
	}
	return { values, origins };
}
