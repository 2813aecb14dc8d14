import type Database from 'better-sqlite3';
import type { CoverageParams } from '../../analysis/coverage-params';
import type { ScenarioBase, ScenarioPoint } from '../../analysis/scenarios/evaluate';
import { epciNamesAll } from '../db/territoires';
import type { TerritoryScope } from '../db/territory-scope';
import { analyseTerritory } from '../coverage/territory-analysis';
import { departementsCoverage, indicatorReferences } from '../coverage/territory-coverage';

/**
 * Today's state of a territory for a scenario: its communes and their coverage from the very
 * analysis of its pages (cached), and the help points its départements count (with their
 * neighbours' near the border). Null when the territory is not built.
 */
export async function scenarioBase(
	db: Database.Database,
	code: string,
	params: CoverageParams
): Promise<{ scope: TerritoryScope; base: ScenarioBase } | null> {
	const a = await analyseTerritory(db, code, params);
	if (!a) return null;
	const deps = [...new Set(a.communes.map((c) => c.departement))].sort();
	const loaded = await departementsCoverage(db, deps, params);
	const points = new Map<number, ScenarioPoint>();
	const pointsByDepartement = new Map<string, ScenarioPoint[]>();
	loaded.forEach((t, i) => {
		pointsByDepartement.set(deps[i], t.points);
		for (const p of t.points) points.set(p.id, p);
	});
	return {
		scope: a.scope,
		base: {
			communes: a.communes,
			points: [...points.values()],
			references: indicatorReferences(db, params.indicateur),
			epciNames: epciNamesAll(db),
			before: a.coverage,
			pointsByDepartement
		}
	};
}
