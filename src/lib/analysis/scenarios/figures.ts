/** The figures a scenario compares before and after: zones blanches and fragile population. */
import type { CommuneCoverage, CoverageCommune } from '../coverage';
import type { DashboardPoint } from '../dashboard';

/** Communes and their population. */
export interface Tally {
	count: number;
	population: number;
}

/** Fragile communes (above the reference average) with and without help within the threshold. */
export interface CoverageTally {
	communes: number;
	population: number;
	/** Communes above the reference average (the dashboard's "au-delà de la moyenne"). */
	fragile: Tally;
	/** Of which with a counted help point within the threshold or served by an itinerant one. */
	fragileCovered: Tally;
	/** Of which with no help within the threshold: the zones blanches. */
	zonesBlanches: Tally;
}

export interface EpciTally extends CoverageTally {
	code: string;
	nom: string;
}

export interface ScenarioFigures extends CoverageTally {
	helpPoints: number;
	epci: EpciTally[];
}

const tally = (): Tally => ({ count: 0, population: 0 });
const empty = (): CoverageTally => ({
	communes: 0,
	population: 0,
	fragile: tally(),
	fragileCovered: tally(),
	zonesBlanches: tally()
});

function add(t: Tally, population: number) {
	t.count++;
	t.population += population;
}

/** Whether a commune has counted help within the threshold: the complement of a zone blanche. */
export const isCovered = (cov: CommuneCoverage) => cov.withinThreshold > 0 || cov.servedByItinerant;

/**
 * The figures of a set of communes and of each of its EPCI: the flags of `computeCoverage`
 * (`coverage`, same order as `communes`) added up as `dashboard` adds them (its unit test checks
 * they agree), without the dashboard's EPCI means, which cost France 1.5 s and no scenario changes.
 */
export function scenarioFigures(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	points: DashboardPoint[],
	epciNames: Record<string, string> = {}
): ScenarioFigures {
	const whole = empty();
	const byEpci = new Map<string, CoverageTally>();
	communes.forEach((c, i) => {
		const cov = coverage[i];
		let row: CoverageTally | undefined;
		if (c.epci) {
			row = byEpci.get(c.epci);
			if (!row) byEpci.set(c.epci, (row = empty()));
		}
		for (const t of row ? [whole, row] : [whole]) {
			t.communes++;
			t.population += c.population;
			if (cov.ecart === null || cov.ecart <= 0) continue;
			add(t.fragile, c.population);
			if (isCovered(cov)) add(t.fragileCovered, c.population);
			if (cov.zoneBlanche) add(t.zonesBlanches, c.population);
		}
	});
	return {
		...whole,
		helpPoints: points.length,
		epci: [...byEpci]
			.map(([code, t]) => ({ code, nom: epciNames[code] ?? code, ...t }))
			.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
	};
}

/**
 * The headline figures before → after, as every screen and print shows them (label, before,
 * after): zones blanches, the fragile population with and without help within reach, places.
 */
export function scenarioFigureRows(
	b: ScenarioFigures,
	a: ScenarioFigures
): [label: string, before: number, after: number][] {
	const without = (f: ScenarioFigures) => f.fragile.population - f.fragileCovered.population;
	return [
		['Zones blanches (communes)', b.zonesBlanches.count, a.zonesBlanches.count],
		['Population en zone blanche', b.zonesBlanches.population, a.zonesBlanches.population],
		['Population fragile (au-delà de la moyenne)', b.fragile.population, a.fragile.population],
		['… avec une aide à portée', b.fragileCovered.population, a.fragileCovered.population],
		['… sans aide à portée', without(b), without(a)],
		['Lieux d’aide du territoire', b.helpPoints, a.helpPoints]
	];
}
