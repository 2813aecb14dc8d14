/** Reference averages ("moyenne départementale"…) that the écart and the zones blanches use. */
import type { CoverageCommune } from './coverage';
import { aggregateByGroup } from './weighted-mean';

/** Population-weighted means of one indicator; the shape CoverageOptions.references expects. */
export interface ReferenceAverages {
	departement: Record<string, number | null>;
	epci: Record<string, number | null>;
	france: number | null;
}

// Prefixes keep the three levels apart in a single pass; 'fr' cannot clash with a code.
const DEP = 'd:';
const EPCI = 'e:';
const FRANCE = 'fr';

/**
 * Mean of `indicator` over the communes that have a value, weighted by population, per
 * département, per EPCI and over all the communes given (France when given the whole country).
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
		(c) => (c.epci ? [DEP + c.departement, EPCI + c.epci, FRANCE] : [DEP + c.departement, FRANCE]),
		(c) => c.values[indicator] ?? null,
		(c) => c.population
	);
	const out: ReferenceAverages = { departement: {}, epci: {}, france: null };
	for (const [key, g] of groups) {
		if (key === FRANCE) out.france = g.mean;
		else if (key.startsWith(DEP)) out.departement[key.slice(DEP.length)] = g.mean;
		else out.epci[key.slice(EPCI.length)] = g.mean;
	}
	return out;
}
