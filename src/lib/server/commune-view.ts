import type Database from 'better-sqlite3';
import { haversineKm, ROAD_DETOUR_FACTOR } from '../analysis/geo';
import { getCommune, type CommuneDetail } from './db/communes';
import { coveragePoints } from './db/coverage-data';
import { sourcesByKeys } from './db/territoires';

export interface NearbyHelp {
	id: number;
	nom: string;
	kind: string;
	itinerant: boolean;
	km: number;
	route: number;
	/** An itinerant service that serves this commune (its distance is to its base). */
	dessert: boolean;
}

/** A commune's values and its nearest help points (every kind), nearest first. */
export function communeView(
	db: Database.Database,
	code: string,
	limit = 8
):
	| (CommuneDetail & {
			proches: NearbyHelp[];
			sources: { key: string; titre: string; producteur: string; date: string }[];
	  })
	| null {
	const c = getCommune(db, code);
	if (!c || c.lat == null || c.lon == null) return c ? { ...c, proches: [], sources: [] } : null;
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
				route: Math.round(km * ROAD_DETOUR_FACTOR * 10) / 10,
				dessert: !!p.serves?.includes(code)
			};
		})
		.sort((a, b) => Number(b.dessert) - Number(a.dessert) || a.km - b.km)
		.slice(0, limit);
	const sources = sourcesByKeys(db, [
		'cog',
		'contours-2018',
		'ifn-2023',
		'illectronisme-fne',
		'illectronisme-france'
	]);
	return { ...c, proches, sources };
}
