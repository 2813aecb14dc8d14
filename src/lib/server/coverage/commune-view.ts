import type Database from 'better-sqlite3';
import { haversineKm } from '../../analysis/geo';
import { roadEstimateKm } from '../../analysis/coverage';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import { getCommune } from '../db/communes';
import type { CommuneViewData } from '../../types/coverage';
import { coveragePoints } from '../db/coverage-data';
import { isBuiltDepartement, sourcesByKeys } from '../db/territoires';
import { territoryCoverage } from './territory-coverage';
import type { TerritoryLevel } from '../../types/territory';

/**
 * A commune's values and its nearest help points (every kind), nearest first. The département's
 * illectronisme is the one the map and the dashboard use (illectronismeReferences).
 */
export function communeView(
	db: Database.Database,
	code: string,
	limit = 8
): CommuneViewData | null {
	const c = getCommune(db, code);
	if (!c) return null;
	const ill = territoryCoverage(db, c.departement, {
		...DEFAULT_PARAMS,
		indicateur: 'illectronisme'
	}).references;
	if (c.indicateurs.illectronisme) c.indicateurs.illectronisme.departement = ill.departement;
	const origine = ill.departementOrigin;
	if (c.lat == null || c.lon == null)
		return { ...c, proches: [], sources: [], illectronisme_departement_origine: origine };
	const { lat, lon } = c;
	const proches = coveragePoints(db, c.departement)
		.map((p) => {
			const km = haversineKm(lat, lon, p.lat, p.lon);
			return {
				id: p.id,
				nom: p.nom,
				kind: p.kind,
				itinerant: p.itinerant,
				km: Math.round(km * 10) / 10,
				route: Math.round(roadEstimateKm(km) * 10) / 10,
				dessert: !!p.serves?.includes(code)
			};
		})
		.sort((a, b) => Number(b.dessert) - Number(a.dessert) || a.km - b.km)
		.slice(0, limit);
	const published = c.indicateurs.ifn?.epci_origine?.publiee?.source;
	const sources = sourcesByKeys(db, [
		'cog',
		'contours-2018',
		'ifn-2023',
		...(published ? [published] : []),
		'illectronisme-fne',
		'illectronisme-france'
	]);
	return { ...c, proches, sources, illectronisme_departement_origine: origine };
}

/**
 * Where `/territoire/{code}?commune=…` should go when the commune is not shown on that page's
 * map (a commune of another département or EPCI; France and the régions have no commune map):
 * the same view on its own département when that one is built, else the view without the
 * commune. Null when the URL is fine as it is (no commune, or a commune of the territory).
 */
export function communeRedirect(
	db: Database.Database,
	t: { niveau: TerritoryLevel; code: string },
	url: URL
): string | null {
	const code = url.searchParams.get('commune');
	if (code == null) return null;
	const c = code ? getCommune(db, code) : null;
	if (c && t.niveau === 'departement' && c.departement === t.code) return null;
	if (c && t.niveau === 'epci' && c.epci === t.code) return null;
	const next = new URL(url);
	if (c && isBuiltDepartement(db, c.departement))
		next.pathname = url.pathname.replace(/\/territoire\/[^/]+/, `/territoire/${c.departement}`);
	else next.searchParams.delete('commune');
	return next.pathname + next.search;
}
