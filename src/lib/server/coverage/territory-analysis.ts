import type Database from 'better-sqlite3';
import type { CommuneCoverage } from '../../analysis/coverage';
import type { CoverageParams } from '../../analysis/coverage-params';
import { dashboard, type Dashboard } from '../../analysis/dashboard';
import { PART_LEVEL, pointTerritoryOf, territoryOf } from '../../analysis/territory-members';
import { regionUrlCode } from '../../params/territory';
import type { CoverageReferences, PartDashboard } from '../../types/coverage';
import type { TerritoryLevel, TerritoryRef } from '../../types/territory';
import { epciNamesAll } from '../db/territoires';
import { findTerritory, territoryParts, type TerritoryScope } from '../db/territory-scope';
import { memoAsync } from './memo';
import {
	breathe,
	departementsCoverage,
	indicatorReferences,
	versionKey,
	type TerritoryCoverage
} from './territory-coverage';

/** A territory's coverage for a set of choices, its dashboard and the dashboards of its parts. */
export interface TerritoryAnalysis {
	scope: TerritoryScope;
	partLevel: TerritoryLevel | null;
	/** Its parts, in name order. */
	parts: TerritoryRef[];
	/** Its communes, in code order, with their coverage (same index). */
	communes: TerritoryCoverage['communes'];
	coverage: CommuneCoverage[];
	references: CoverageReferences;
	dashboard: Dashboard;
	parties: Record<string, PartDashboard>;
	/** Built départements holding each part's communes, the one with most communes first. */
	partDepartements: Record<string, string[]>;
}

/**
 * The coverage of any territory: the union of its départements' coverage (a commune is the same
 * zone blanche on every page), and the same dashboard for it and for each of its parts, whole (an
 * EPCI with its communes across the border). Null for a territory the database does not hold.
 * Cached per data version and choice; a cold national analysis gives the event loop back between
 * départements (see departementsCoverage).
 */
export const analyseTerritory = memoAsync(
	24,
	(db: Database.Database, code: string, params: CoverageParams) =>
		`${versionKey(db)}|${code}|${JSON.stringify(params)}`,
	async (db, code, params): Promise<TerritoryAnalysis | null> => {
		const scope = findTerritory(db, code);
		if (!scope) return null;
		const { parts, departements } = territoryParts(db, scope);
		const deps = [...new Set([...scope.departements, ...departements])].sort();
		const loaded = await departementsCoverage(db, deps, params);
		return analyse(db, scope, parts, loaded, params);
	}
);

async function analyse(
	db: Database.Database,
	scope: TerritoryScope,
	parts: TerritoryRef[],
	loaded: TerritoryCoverage[],
	params: CoverageParams
): Promise<TerritoryAnalysis> {
	const partLevel = PART_LEVEL[scope.niveau];
	const all = loaded.flatMap((t) => t.communes.map((c, i) => ({ c, cov: t.coverage[i] })));
	const byCode = new Map(all.map(({ c }) => [c.code, c]));
	const regionOf = new Map(all.map(({ c }) => [c.departement, c.region ?? null]));
	// help points of the loaded départements, each once (their lists overlap near borders)
	const deps = new Set(loaded.map((t) => t.communes[0]?.departement));
	const seen = new Set<number>();
	const points = loaded
		.flatMap((t) => t.points)
		.filter((p) => p.departement && deps.has(p.departement) && !seen.has(p.id) && seen.add(p.id));

	const names = epciNamesAll(db);
	const group = (niveau: TerritoryLevel) => {
		const communes = groupBy(all, (x) => territoryOf(niveau, x.c));
		const pointsBy = groupBy(points, (p) => pointTerritoryOf(niveau, p, byCode, regionOf));
		return (code: string, epciNames?: Record<string, string>) => {
			const list = communes.get(code) ?? [];
			const deps = [...groupBy(list, (x) => x.c.departement)]
				.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
				.map(([d]) => d);
			const board = dashboard(
				list.map((x) => x.c),
				list.map((x) => x.cov),
				pointsBy.get(code) ?? [],
				{ epciNames }
			);
			return { list, board, deps };
		};
	};
	const own = group(scope.niveau)(scope.code, names);
	const parties: Record<string, PartDashboard> = {};
	const partDepartements: Record<string, string[]> = {};
	if (partLevel) {
		// France's 35,000 communes make two passes: let other requests in between
		if (all.length > 5000) await breathe();
		const ofPart = group(partLevel);
		for (const part of parts) {
			const { board, deps } = ofPart(part.code);
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { epci, ...rest } = board;
			parties[part.code] = rest;
			partDepartements[part.code] = deps;
		}
	}
	return {
		scope,
		partLevel,
		parts,
		communes: own.list.map((x) => x.c),
		coverage: own.list.map((x) => x.cov),
		references: references(
			db,
			params,
			own.list.map((x) => x.c)
		),
		dashboard: own.board,
		parties,
		partDepartements
	};
}

function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		if (key === null) continue;
		const list = out.get(key);
		if (list) list.push(item);
		else out.set(key, [item]);
	}
	return out;
}

/** The averages a territory's communes are compared with, for its legend and its tables. */
function references(
	db: Database.Database,
	params: CoverageParams,
	communes: TerritoryCoverage['communes']
): CoverageReferences {
	const refs = indicatorReferences(db, params.indicateur);
	const deps = [...new Set(communes.map((c) => c.departement))];
	const regions = [...new Set(communes.flatMap((c) => (c.region ? [c.region] : [])))];
	const epcis = new Set(communes.flatMap((c) => (c.epci ? [c.epci] : [])));
	const one = <T>(list: T[]) => (list.length === 1 ? list[0] : null);
	const dep = one(deps);
	const region = one(regions);
	const originOf = (value: number | null | undefined, origin: string | undefined) =>
		value == null ? null : ((origin as 'source' | 'moyenne' | undefined) ?? 'source');
	return {
		departement: dep === null ? null : (refs.departement[dep] ?? null),
		departementOrigin:
			dep === null ? null : originOf(refs.departement[dep], refs.departementOrigin[dep]),
		region: region === null ? null : (refs.region[region] ?? null),
		regionOrigin: region === null ? null : originOf(refs.region[region], refs.regionOrigin[region]),
		france: refs.france,
		epci: Object.fromEntries(Object.entries(refs.epci).filter(([code]) => epcis.has(code))),
		departements: Object.fromEntries(deps.map((d) => [d, refs.departement[d] ?? null])),
		regions: Object.fromEntries(regions.map((r) => [regionUrlCode(r), refs.region[r] ?? null]))
	};
}
