import type Database from 'better-sqlite3';
import { dashboard, type Dashboard } from '../../analysis/dashboard';
import type { CoverageParams } from '../../analysis/coverage-params';
import type { CoverageViewData } from '../../types/coverage';
import { territoryCoverage } from './territory-coverage';
import { epciNames } from '../db/territoires';

const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 1000) / 1000);

/** What the planner view needs for a département and a set of choices; null if not built. */
export function coverageView(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): CoverageViewData | null {
	const t = territoryCoverage(db, dep, params);
	if (t.communes.length === 0) return null;
	const names = epciNames(db, dep);
	const own = t.points.filter((p) => p.departement === dep);
	const board = (codes: Set<string> | null) => {
		const idx = t.communes.map((c, i) => i).filter((i) => !codes || codes.has(t.communes[i].code));
		return dashboard(
			idx.map((i) => t.communes[i]),
			idx.map((i) => t.coverage[i]),
			own.filter((p) => !codes || (p.commune != null && codes.has(p.commune))),
			{ epciNames: names }
		);
	};
	const parEpci: Record<string, Dashboard> = {};
	for (const code of Object.keys(names))
		parEpci[code] = board(new Set(t.communes.filter((c) => c.epci === code).map((c) => c.code)));
	return {
		params,
		references: t.references,
		communes: t.communes.map((c, i) => {
			const cov = t.coverage[i];
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
		}),
		dashboard: board(null),
		parEpci
	};
}
