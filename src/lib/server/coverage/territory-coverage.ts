import type Database from 'better-sqlite3';
import {
	computeCoverage,
	type CommuneCoverage,
	type CoverageCommune
} from '../../analysis/coverage';
import {
	illectronismeReferences,
	type IllectronismeReferences,
	type RateOrigin
} from '../../analysis/references';
import type { CoverageReferences } from '../../types/coverage';
import type { CoverageParams } from '../../analysis/coverage-params';
import { dataVersion } from '../db/data-version';
import { coverageCommunes, coveragePoints, storedReferences } from '../db/coverage-data';
import { Lru } from './memo';

export interface TerritoryCoverage {
	params: CoverageParams;
	communes: (CoverageCommune & { illectronismeNiveau: string | null })[];
	coverage: CommuneCoverage[];
	points: ReturnType<typeof coveragePoints>;
	/** The averages in force for the chosen indicator. */
	references: CoverageReferences;
}

// Communes and nearby help points of a département do not depend on the choices: kept for
// every built département (France: 101), the per-choice coverage for about four national views.
const inputs = new Lru<{
	communes: TerritoryCoverage['communes'];
	points: TerritoryCoverage['points'];
}>(128);
const results = new Lru<TerritoryCoverage>(420);
const references = new Lru<IllectronismeReferences>(16);

/** The database and its data version: every cache key starts with it. */
export const versionKey = (db: Database.Database) => `${db.name}|${dataVersion(db)}`;

/**
 * The averages of an indicator for every territory, the one set the map, the dashboards, the
 * tables and the print compare with. References are the build's population-weighted means over
 * whole territories (an EPCI or a région over all its members, even across the selection); for
 * illectronisme, the rule of `illectronismeReferences` over every built commune (the source's
 * rate, else the population-weighted mean of the communes' painted rates).
 */
export function indicatorReferences(
	db: Database.Database,
	indicator: string
): IllectronismeReferences {
	const key = `${versionKey(db)}|${indicator}`;
	const hit = references.get(key);
	if (hit) return hit;
	const stored = storedReferences(db, indicator);
	const refs =
		indicator === 'illectronisme'
			? illectronismeReferences(coverageCommunes(db, null, indicator), stored)
			: {
					...stored,
					departementOrigin: {} as Record<string, RateOrigin>,
					regionOrigin: {} as Record<string, RateOrigin>
				};
	references.set(key, refs);
	return refs;
}

function departementInputs(db: Database.Database, dep: string) {
	const key = `${versionKey(db)}|${dep}`;
	let hit = inputs.get(key);
	if (!hit)
		inputs.set(
			key,
			(hit = { communes: coverageCommunes(db, dep), points: coveragePoints(db, dep) })
		);
	return hit;
}

/** Whether the coverage of a département for these choices is ready in memory. */
export function isCoverageCached(db: Database.Database, dep: string, params: CoverageParams) {
	return results.has(`${versionKey(db)}|${dep}|${JSON.stringify(params)}`);
}

/**
 * Coverage of a département's communes for the given choices, against the averages of
 * `indicatorReferences`. A région or France is the union of its départements' coverage, so a
 * commune is the same zone blanche on every page. Results are cached per data version and choice.
 */
export function territoryCoverage(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): TerritoryCoverage {
	const key = `${versionKey(db)}|${dep}|${JSON.stringify(params)}`;
	const hit = results.get(key);
	if (hit) return hit;
	const { communes, points } = departementInputs(db, dep);
	const refs = indicatorReferences(db, params.indicateur);
	const coverage = computeCoverage(communes, points, {
		indicator: params.indicateur,
		reference: params.reference,
		references: refs,
		thresholdKm: params.seuilKm,
		kinds: params.types
	});
	const region = communes[0]?.region ?? null;
	const result: TerritoryCoverage = {
		params,
		communes,
		coverage,
		points,
		references: {
			departement: refs.departement[dep] ?? null,
			departementOrigin:
				refs.departement[dep] == null ? null : (refs.departementOrigin[dep] ?? 'source'),
			region: region === null ? null : (refs.region[region] ?? null),
			regionOrigin:
				region === null || refs.region[region] == null
					? null
					: (refs.regionOrigin[region] ?? 'source'),
			france: refs.france,
			epci: refs.epci
		}
	};
	results.set(key, result);
	return result;
}

/** Lets other requests run between two départements of a long computation. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The coverage of several départements (a région, France, an EPCI across a border), computed
 * one département at a time, giving the event loop back between two that were not cached: a
 * cold national computation never holds the server for more than one département's work.
 */
export async function departementsCoverage(
	db: Database.Database,
	deps: readonly string[],
	params: CoverageParams
): Promise<TerritoryCoverage[]> {
	const out: TerritoryCoverage[] = [];
	for (const dep of deps) {
		const cached = isCoverageCached(db, dep, params);
		out.push(territoryCoverage(db, dep, params));
		if (!cached) await breathe();
	}
	return out;
}
