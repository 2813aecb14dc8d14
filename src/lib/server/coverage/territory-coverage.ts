import type Database from 'better-sqlite3';
import {
	computeCoverage,
	type CommuneCoverage,
	type CoverageCommune
} from '../../analysis/coverage';
import { illectronismeReferences, type RateOrigin } from '../../analysis/references';
import type { CoverageReferences } from '../../types/coverage';
import type { CoverageParams } from '../../analysis/coverage-params';
import { dataVersion } from '../db/data-version';
import { coverageCommunes, coveragePoints, storedReferences } from '../db/coverage-data';

export interface TerritoryCoverage {
	params: CoverageParams;
	communes: (CoverageCommune & { illectronismeNiveau: string | null })[];
	coverage: CommuneCoverage[];
	points: ReturnType<typeof coveragePoints>;
	/** The averages in force for the chosen indicator. */
	references: CoverageReferences;
}

const cache = new Map<string, TerritoryCoverage>();

/**
 * Coverage of a département's communes for the given choices. References are the build's
 * population-weighted means over whole territories (an EPCI over all its members, even across a
 * border); for illectronisme, the rule of `illectronismeReferences` (the source's rate, else the
 * population-weighted mean of the communes' painted rates). Results are cached per choice.
 */
export function territoryCoverage(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): TerritoryCoverage {
	const key = `${db.name}|${dataVersion(db)}|${dep}|${JSON.stringify(params)}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const communes = coverageCommunes(db, dep);
	const points = coveragePoints(db, dep);
	const stored = storedReferences(db, params.indicateur);
	const refs =
		params.indicateur === 'illectronisme'
			? illectronismeReferences(communes, stored)
			: { ...stored, departementOrigin: {} as Record<string, RateOrigin> };
	const coverage = computeCoverage(communes, points, {
		indicator: params.indicateur,
		reference: params.reference,
		references: refs,
		thresholdKm: params.seuilKm,
		kinds: params.types
	});
	const result: TerritoryCoverage = {
		params,
		communes,
		coverage,
		points,
		references: {
			departement: refs.departement[dep] ?? null,
			departementOrigin:
				refs.departement[dep] == null ? null : (refs.departementOrigin[dep] ?? 'source'),
			france: refs.france,
			epci: refs.epci
		}
	};
	if (cache.size > 200) cache.clear();
	cache.set(key, result);
	return result;
}
