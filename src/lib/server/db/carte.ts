import type Database from 'better-sqlite3';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type {
	CommuneRow,
	DepartementRow,
	EpciRow,
	IndicateurRow,
	LieuRow,
	TourneeArretRow
} from '../../types/rows';
import { communesExtent } from './communes';
import { communeCondition } from './territory-scope';

const IFN_KEYS = ['ifn', 'ifn_thd', 'ifn_4g', 'ifn_pauvrete', 'ifn_65plus', 'ifn_diplomes'];

/**
 * Commune features of a département or an EPCI (all its communes, across a border) with their
 * indicators, for the map and the table.
 */
export function communesGeoJson(
	db: Database.Database,
	dep: string,
	niveau: 'departement' | 'epci' = 'departement'
): FeatureCollection {
	const { where, params } = communeCondition(niveau, dep);
	const rows = db
		.prepare<
			string[],
			Pick<
				CommuneRow,
				'code' | 'nom' | 'epci' | 'population' | 'geometry' | 'geom_status' | 'lat' | 'lon'
			>
		>(
			`SELECT c.code, c.nom, c.epci, c.population, c.geometry, c.geom_status, c.lat, c.lon
			 FROM communes c WHERE ${where} ORDER BY c.code`
		)
		.all(...params);
	const ind = db
		.prepare<string[], Pick<IndicateurRow, 'code' | 'indicateur' | 'valeur' | 'methode'>>(
			`SELECT i.code, i.indicateur, i.valeur, i.methode
			 FROM (SELECT code FROM communes WHERE ${where}) c
			 CROSS JOIN indicateurs i ON i.niveau = 'commune' AND i.code = c.code`
		)
		.all(...params);
	const byCode = new Map<string, Record<string, number | string>>();
	for (const r of ind) {
		const o = byCode.get(r.code) ?? {};
		o[r.indicateur] = Math.round(r.valeur * 1000) / 1000;
		if (r.indicateur === 'ifn' && r.methode !== 'source') o.ifn_methode = r.methode;
		byCode.set(r.code, o);
	}
	const features: Feature[] = rows
		.filter((r) => r.geometry)
		.map((r) => ({
			type: 'Feature',
			id: Number.parseInt(r.code.replace(/\D/g, '0'), 10),
			geometry: JSON.parse(r.geometry as string) as Geometry,
			properties: {
				code: r.code,
				nom: r.nom,
				epci: r.epci,
				population: r.population,
				geom: r.geom_status,
				lat: r.lat,
				lon: r.lon,
				...byCode.get(r.code)
			}
		}));
	return { type: 'FeatureCollection', features };
}

/** Outlines of the département and of the EPCIs having communes in it. */
export function outlinesGeoJson(db: Database.Database, dep: string): FeatureCollection {
	const d = db
		.prepare<
			[string],
			Pick<DepartementRow, 'code' | 'nom' | 'geometry'>
		>('SELECT code, nom, geometry FROM departements WHERE code = ?')
		.get(dep);
	const epcis = db
		.prepare<
			[string],
			Pick<EpciRow, 'code' | 'nom' | 'geometry'>
		>(`SELECT code, nom, geometry FROM epci WHERE code IN (SELECT epci FROM communes WHERE departement = ?)`)
		.all(dep);
	const features: Feature[] = [];
	if (d?.geometry)
		features.push({
			type: 'Feature',
			geometry: JSON.parse(d.geometry),
			properties: { niveau: 'departement', code: d.code, nom: d.nom }
		});
	for (const e of epcis)
		if (e.geometry)
			features.push({
				type: 'Feature',
				geometry: JSON.parse(e.geometry),
				properties: { niveau: 'epci', code: e.code, nom: e.nom }
			});
	return { type: 'FeatureCollection', features };
}

export { IFN_KEYS };

/** Bounding box [west, south, east, north] of a département's communes' points, or null. */
export function departementBbox(
	db: Database.Database,
	dep: string
): [number, number, number, number] | null {
	return paddedBbox(communesExtent(db, dep));
}

/** Bounding box of an EPCI's communes' points (across a border), or null. */
export function epciBbox(
	db: Database.Database,
	epci: string
): [number, number, number, number] | null {
	const r = db
		.prepare<
			[string],
			{ s: number | null; n: number; w: number; e: number }
		>('SELECT min(lat) s, max(lat) n, min(lon) w, max(lon) e FROM communes WHERE epci = ? AND lat IS NOT NULL')
		.get(epci);
	return paddedBbox(r?.s == null ? null : (r as { s: number; n: number; w: number; e: number }));
}

function paddedBbox(
	r: { s: number; n: number; w: number; e: number } | null
): [number, number, number, number] | null {
	if (!r) return null;
	const pad = 0.05;
	return [r.w - pad, r.s - pad, r.e + pad, r.n + pad];
}

/** Stops of itinerant services in a département, at their position or their commune's point. */
export function tourStopsGeoJson(db: Database.Database, dep: string): FeatureCollection {
	const rows = db
		.prepare<
			[string, string],
			Pick<TourneeArretRow, 'id' | 'lieu' | 'libelle' | 'horaires'> & {
				lieu_nom: LieuRow['nom'];
				commune: CommuneRow['nom'] | null;
				lat: number;
				lon: number;
			}
		>(
			`SELECT t.id, t.lieu, l.nom AS lieu_nom, t.libelle, t.horaires, c.nom AS commune,
			        coalesce(t.lat, c.lat) AS lat, coalesce(t.lon, c.lon) AS lon
			 FROM tournees_arrets t JOIN lieux l ON l.id = t.lieu LEFT JOIN communes c ON c.code = t.code_insee
			 WHERE (l.departement = ? OR c.departement = ?) AND coalesce(t.lat, c.lat) IS NOT NULL`
		)
		.all(dep, dep);
	return pointCollection(rows, (r) => ({
		id: r.lieu,
		nom: r.lieu_nom,
		libelle: r.libelle,
		commune: r.commune,
		horaires: r.horaires
	}));
}

/** Rows with an id and a position → GeoJSON points (feature id: the row's), for the map. */
export function pointCollection<T extends { id: number; lat: number; lon: number }>(
	rows: T[],
	properties: (row: T) => GeoJsonProperties
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => ({
			type: 'Feature',
			id: r.id,
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
			properties: properties(r)
		}))
	};
}
