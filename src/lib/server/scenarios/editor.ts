import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import { evaluateScenario, type ScenarioResult } from '../../analysis/scenarios/evaluate';
import type { TerritoryRef } from '../../types/territory';
import { placeStatuses, type PlaceStatusRow } from '../db/place-status';
import { scenarioBase } from './scenario-base';

/** What the scenario editor starts from: the territory's places and communes, today's figures. */
export interface ScenarioEditorData {
	territoire: TerritoryRef;
	/** Help points whose commune is in the territory, with what planners said of their future. */
	places: PlaceStatusRow[];
	communes: {
		code: string;
		nom: string;
		lat: number | null;
		lon: number | null;
		population: number;
	}[];
	today: ScenarioResult;
}

/** Null when the territory is not built, or is not a département or an EPCI. */
export async function scenarioEditorData(
	db: Database.Database,
	code: string
): Promise<ScenarioEditorData | null> {
	const loaded = await scenarioBase(db, code, DEFAULT_PARAMS);
	if (!loaded || !['departement', 'epci'].includes(loaded.scope.niveau)) return null;
	const { scope, base } = loaded;
	const codes = new Set(base.communes.map((c) => c.code));
	const deps = [...new Set(base.communes.map((c) => c.departement))];
	const places = deps
		.flatMap((d) => placeStatuses(db, d))
		.filter((p) => p.code_insee !== null && codes.has(p.code_insee))
		.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
	return {
		territoire: { code: scope.code, nom: scope.nom, niveau: scope.niveau },
		places,
		communes: base.communes.map((c) => ({
			code: c.code,
			nom: c.nom,
			lat: c.lat,
			lon: c.lon,
			population: c.population
		})),
		today: evaluateScenario(base, { remove: [], add: [], params: DEFAULT_PARAMS })
	};
}
