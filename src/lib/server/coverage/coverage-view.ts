import type Database from 'better-sqlite3';
import type { CoverageParams } from '../../analysis/coverage-params';
import type { CommuneView, CoverageViewData } from '../../types/coverage';
import { jsonBody, type JsonBody } from '../http/cached-json';
import { memoAsync } from './memo';
import { analyseTerritory, type TerritoryAnalysis } from './territory-analysis';
import { versionKey } from './territory-coverage';

const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 1000) / 1000);

/**
 * What the planner view needs for a territory of any level and a set of choices: per-commune
 * figures (left out when `withCommunes` is false: a région's or France's dashboards alone), the
 * dashboard and its parts' dashboards. Null when the territory is not built.
 */
export async function coverageView(
	db: Database.Database,
	code: string,
	params: CoverageParams,
	withCommunes = true
): Promise<CoverageViewData | null> {
	const a = await analyseTerritory(db, code, params);
	if (!a) return null;
	return {
		params,
		territoire: { code: a.scope.code, nom: a.scope.nom, niveau: a.scope.niveau },
		references: a.references,
		communes: withCommunes ? communeViews(a) : [],
		dashboard: a.dashboard,
		niveauParties: a.partLevel,
		parties: a.parties
	};
}

/** `coverageView` serialised once per data version and choice, for the API. */
export const coverageViewBody = memoAsync(
	32,
	(db: Database.Database, code: string, params: CoverageParams, withCommunes: boolean) =>
		`${versionKey(db)}|${code}|${JSON.stringify(params)}|${withCommunes}`,
	async (db, code, params, withCommunes): Promise<JsonBody | null> => {
		const view = await coverageView(db, code, params, withCommunes);
		return view && jsonBody(view);
	}
);

function communeViews(a: TerritoryAnalysis): CommuneView[] {
	return a.communes.map((c, i) => {
		const cov = a.coverage[i];
		return {
			code: c.code,
			v: r2(cov.value),
			e: r2(cov.ecart),
			r: r2(cov.referenceValue),
			zb: cov.zoneBlanche,
			it: cov.servedByItinerant,
			w: cov.withinThreshold,
			p: cov.nearest
				? {
						id: cov.nearest.id,
						nom: cov.nearest.nom,
						kind: cov.nearest.kind,
						km: Math.round(cov.nearest.crowKm * 10) / 10,
						route: Math.round(cov.nearest.roadKm * 10) / 10
					}
				: null,
			ill: c.illectronismeNiveau
		};
	});
}
