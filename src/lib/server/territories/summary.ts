import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import type { PartDashboard } from '../../types/coverage';
import type {
	TerritoryFigures,
	TerritoryIndicators,
	TerritoryRef,
	TerritorySummary
} from '../../types/territory';
import { memoAsync } from '../coverage/memo';
import { analyseTerritory } from '../coverage/territory-analysis';
import { versionKey } from '../coverage/territory-coverage';
import { epciSummaries, listSources } from '../db/territoires';
import { findTerritory, type TerritoryScope } from '../db/territory-scope';
import { jsonBody, type JsonBody } from '../http/cached-json';
import { territoryIndicators } from './indicators';

/**
 * The summary of a territory of any level (France, a région, a département, an EPCI, a commune):
 * its figures, those of each of its parts and the averages of the levels above it. Counts and
 * zones blanches come from the same analysis as the dashboards (`analyseTerritory`, default
 * choices), so the summary, its parts and the pages agree. Null when the territory is not built.
 * Cached per data version.
 */
export const territorySummary = memoAsync(
	256,
	(db: Database.Database, code: string) => `${versionKey(db)}|${code}`,
	async (db, code): Promise<TerritorySummary | null> => {
		const a = await analyseTerritory(db, code, DEFAULT_PARAMS);
		if (!a) return null;
		const painted = new Map(a.communes.map((c) => [c.code, c.values.illectronisme ?? null]));
		const figures = (
			ref: TerritoryRef,
			board: PartDashboard,
			departements: string[]
		): TerritoryFigures => ({
			code: ref.code,
			nom: ref.nom,
			niveau: ref.niveau,
			communes: board.communes,
			population: board.population,
			...territoryIndicators(db, ref, painted.get(ref.code) ?? null),
			lieux: board.helpPoints.byKind,
			lieux_itinerants: board.helpPoints.itinerantByKind,
			zones_blanches: {
				communes: board.zonesBlanches.count,
				population: board.zonesBlanches.population
			},
			departements
		});
		const s = a.scope;
		return {
			...figures(s, a.dashboard, s.departements),
			fil: s.fil,
			niveau_parties: a.partLevel,
			parties: a.parts.map((p) => figures(p, a.parties[p.code], a.partDepartements[p.code])),
			comparaisons: comparisons(db, s),
			...(s.niveau === 'departement' ? { epci: epciSummaries(db, s.code) } : {}),
			sources: listSources(db)
		};
	}
);

/** `territorySummary` serialised once per data version, for the API. */
export const territorySummaryBody = memoAsync(
	256,
	(db: Database.Database, code: string) => `${versionKey(db)}|${code}`,
	async (db, code): Promise<JsonBody | null> => {
		const s = await territorySummary(db, code);
		return s && jsonBody(s);
	}
);

/**
 * The levels a territory is compared with, nearest first: a commune's EPCI, the département(s)
 * (every one an EPCI spans), their région(s), France.
 */
function comparisons(
	db: Database.Database,
	s: TerritoryScope
): (TerritoryRef & TerritoryIndicators)[] {
	const above = [...s.fil];
	if (s.niveau === 'epci')
		for (const code of s.departements.slice(1)) {
			const dep = findTerritory(db, code);
			if (dep) above.push(...dep.fil, { code: dep.code, nom: dep.nom, niveau: dep.niveau });
		}
	const rank = { commune: 0, epci: 1, departement: 2, region: 3, france: 4 };
	const seen = new Set<string>();
	return above
		.filter((r) => !seen.has(r.code) && seen.add(r.code))
		.sort((a, b) => rank[a.niveau] - rank[b.niveau])
		.map((r) => ({ ...r, ...territoryIndicators(db, r) }));
}
