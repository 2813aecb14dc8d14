import type Database from 'better-sqlite3';
import type { FeatureCollection } from 'geojson';

export interface Lieu {
	id: number;
	kind: string;
	nom: string;
	adresse: string | null;
	code_postal: string | null;
	code_insee: string | null;
	commune: string | null;
	departement: string | null;
	lat: number;
	lon: number;
	approximatif: number;
	itinerant: number;
	format: string | null;
	telephone: string | null;
	courriel: string | null;
	site_web: string | null;
	horaires: string | null;
	horaires_brut: string | null;
	services: string;
	publics: string;
	frais: string;
	prise_rdv: string | null;
	date_maj: string;
	source: string;
}

export interface LieuSource {
	source: string;
	source_id: string;
	nom: string;
	date_maj: string;
	titre: string;
	producteur: string;
	licence: string;
}

/** Help points of a département, as a GeoJSON collection of points for the map. */
export function lieuxGeoJson(db: Database.Database, dep: string): FeatureCollection {
	const rows = db
		.prepare(
			`SELECT id, kind, nom, commune, lat, lon, approximatif, itinerant, format, date_maj, source
			 FROM lieux WHERE departement = ? ORDER BY id`
		)
		.all(dep) as Pick<
		Lieu,
		| 'id'
		| 'kind'
		| 'nom'
		| 'commune'
		| 'lat'
		| 'lon'
		| 'approximatif'
		| 'itinerant'
		| 'format'
		| 'date_maj'
		| 'source'
	>[];
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => ({
			type: 'Feature',
			id: r.id,
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
			properties: {
				id: r.id,
				kind: r.kind,
				nom: r.nom,
				commune: r.commune,
				approximatif: r.approximatif,
				itinerant: r.itinerant,
				format: r.format,
				date_maj: r.date_maj,
				source: r.source
			}
		}))
	};
}

/** One help point with every source record merged into it, or null. */
export function getLieu(
	db: Database.Database,
	id: number
): (Lieu & { sources: LieuSource[] }) | null {
	const l = db.prepare('SELECT * FROM lieux WHERE id = ?').get(id) as Lieu | undefined;
	if (!l) return null;
	const sources = db
		.prepare(
			`SELECT ls.source, ls.source_id, ls.nom, ls.date_maj, s.titre, s.producteur, s.licence
			 FROM lieux_sources ls JOIN sources s ON s.key = ls.source WHERE ls.lieu = ? ORDER BY ls.source`
		)
		.all(id) as LieuSource[];
	return { ...l, sources };
}
