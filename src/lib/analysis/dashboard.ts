/** The figures a roadmap quotes, computed live for the communes of a territory. */
import type { CommuneCoverage, CoverageCommune } from './coverage';
import { aggregateByGroup } from './weighted-mean';

/** A help point as the dashboard counts it; `commune` (code INSEE) places it in an EPCI. */
export interface DashboardPoint {
	kind: string;
	itinerant: boolean;
	commune?: string | null;
}

export interface DashboardOptions {
	/** EPCI names by SIREN, for the table; the code is shown when a name is missing. */
	epciNames?: Record<string, string>;
	/** "Communes de moins de N habitants": 250 by default, the roadmaps' figure. */
	smallPopulation?: number;
}

/** One row of the EPCI table, over the communes given (an EPCI may straddle départements). */
export interface EpciRow {
	code: string;
	nom: string;
	communes: number;
	population: number;
	/** Population-weighted means over the communes with a value; null = pas de donnée. */
	ifn: number | null;
	illectronisme: number | null;
	helpPoints: number;
	helpPointsPer10k: number | null;
}

export interface Dashboard {
	communes: number;
	/** Population of the communes given. */
	population: number;
	/** Communes with a value of the indicator and a reference to compare it with. */
	compared: number;
	aboveAverage: { count: number; population: number; small: number };
	zonesBlanches: { count: number; population: number };
	helpPoints: {
		total: number;
		itinerant: number;
		byKind: Record<string, number>;
		/** Of which itinerant (buses, itinerant services), by kind. */
		itinerantByKind: Record<string, number>;
	};
	epci: EpciRow[];
}

/**
 * Dashboard of a département or EPCI: "sur les N communes, M au-delà de la moyenne… dont K de
 * moins de 250 habitants", zones blanches and their population, help points by kind, and the
 * EPCI table. `coverage` is computeCoverage's answer for these communes (it carries the
 * indicator and reference chosen); `points` are the help points of the territory. A point
 * counts in the EPCI of its commune (an itinerant service in that of its base).
 */
export function dashboard(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	points: DashboardPoint[],
	options: DashboardOptions = {}
): Dashboard {
	const small = options.smallPopulation ?? 250;
	const byCode = new Map(coverage.map((c) => [c.code, c]));
	const out: Dashboard = {
		communes: communes.length,
		population: 0,
		compared: 0,
		aboveAverage: { count: 0, population: 0, small: 0 },
		zonesBlanches: { count: 0, population: 0 },
		helpPoints: { total: points.length, itinerant: 0, byKind: {}, itinerantByKind: {} },
		epci: []
	};
	for (const c of communes) {
		out.population += c.population;
		const cov = byCode.get(c.code);
		if (!cov || cov.ecart === null) continue;
		out.compared++;
		if (cov.ecart > 0) {
			out.aboveAverage.count++;
			out.aboveAverage.population += c.population;
			if (c.population < small) out.aboveAverage.small++;
		}
		if (cov.zoneBlanche) {
			out.zonesBlanches.count++;
			out.zonesBlanches.population += c.population;
		}
	}
	const epciOf = new Map(communes.map((c) => [c.code, c.epci]));
	const pointsByEpci = new Map<string, number>();
	for (const p of points) {
		out.helpPoints.byKind[p.kind] = (out.helpPoints.byKind[p.kind] ?? 0) + 1;
		if (p.itinerant) {
			out.helpPoints.itinerant++;
			out.helpPoints.itinerantByKind[p.kind] = (out.helpPoints.itinerantByKind[p.kind] ?? 0) + 1;
		}
		const epci = p.commune ? epciOf.get(p.commune) : null;
		if (epci) pointsByEpci.set(epci, (pointsByEpci.get(epci) ?? 0) + 1);
	}
	out.epci = epciTable(communes, pointsByEpci, options.epciNames ?? {});
	return out;
}

/** Help points per 10,000 inhabitants; null for an empty population. */
export function per10k(count: number, population: number): number | null {
	return population > 0 ? (count / population) * 10_000 : null;
}

function epciTable(
	communes: CoverageCommune[],
	pointsByEpci: Map<string, number>,
	names: Record<string, string>
): EpciRow[] {
	const mean = (indicator: string) =>
		aggregateByGroup(
			communes,
			(c) => c.epci,
			(c) => c.values[indicator] ?? null,
			(c) => c.population
		);
	const ifn = mean('ifn');
	const illectronisme = mean('illectronisme');
	const rows = new Map<string, EpciRow>();
	for (const c of communes) {
		if (!c.epci) continue;
		let row = rows.get(c.epci);
		if (!row) {
			const helpPoints = pointsByEpci.get(c.epci) ?? 0;
			row = {
				code: c.epci,
				nom: names[c.epci] ?? c.epci,
				communes: 0,
				population: 0,
				ifn: ifn.get(c.epci)?.mean ?? null,
				illectronisme: illectronisme.get(c.epci)?.mean ?? null,
				helpPoints,
				helpPointsPer10k: null
			};
			rows.set(c.epci, row);
		}
		row.communes++;
		row.population += c.population;
	}
	for (const row of rows.values()) row.helpPointsPer10k = per10k(row.helpPoints, row.population);
	return [...rows.values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}
