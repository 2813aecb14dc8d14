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
	/** Day a planner last checked the point (see reports.sql), or null. */
	verifie_le: string | null;
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

/** What the resident finder needs of every help point, to index and filter them in memory. */
export interface LieuIndexRow {
	id: number;
	kind: string;
	lat: number;
	lon: number;
	departement: string | null;
	itinerant: number;
	horaires: string | null;
	services: string;
	publics: string;
	frais: string;
}

/** Every help point, for the nearest-point index built once per database. */
export function lieuxForIndex(db: Database.Database): LieuIndexRow[] {
	return db
		.prepare(
			'SELECT id, kind, lat, lon, departement, itinerant, horaires, services, publics, frais FROM lieux'
		)
		.all() as LieuIndexRow[];
}

/** Help points by id (any order). */
export function lieuxByIds(db: Database.Database, ids: number[]): Lieu[] {
	if (ids.length === 0) return [];
	return db
		.prepare(`SELECT * FROM lieux WHERE id IN (${ids.map(() => '?').join(',')})`)
		.all(...ids) as Lieu[];
}

/**
 * Itinerant services serving a commune: `tour` when a stop of their tour is in it, else only
 * through their service area (the communes of their EPCI by default).
 */
export function itinerantsServing(
	db: Database.Database,
	codeInsee: string
): { lieu: number; tour: boolean }[] {
	const rows = db
		.prepare(
			`SELECT lieu, max(tour) AS tour FROM (
			   SELECT lieu, 0 AS tour FROM zones_desserte WHERE code_insee = ?
			   UNION ALL SELECT lieu, 1 AS tour FROM tournees_arrets WHERE code_insee = ?
			 ) GROUP BY lieu ORDER BY tour DESC, lieu`
		)
		.all(codeInsee, codeInsee) as { lieu: number; tour: number }[];
	return rows.map((r) => ({ lieu: r.lieu, tour: r.tour === 1 }));
}

export interface TourStop {
	id: number;
	lieu: number;
	code_insee: string | null;
	commune: string | null;
	lat: number | null;
	lon: number | null;
	libelle: string | null;
	horaires: string | null;
	valide_du: string | null;
	valide_au: string | null;
}

/** The stops of an itinerant service's tour, with their commune names. */
export function tourStops(db: Database.Database, lieu: number): TourStop[] {
	return db
		.prepare(
			`SELECT t.id, t.lieu, t.code_insee, c.nom AS commune, t.lat, t.lon, t.libelle, t.horaires, t.valide_du, t.valide_au
			 FROM tournees_arrets t LEFT JOIN communes c ON c.code = t.code_insee WHERE t.lieu = ? ORDER BY c.nom`
		)
		.all(lieu) as TourStop[];
}

/** Communes an itinerant service serves (names), for its detail page. */
export function servedCommunes(db: Database.Database, lieu: number): string[] {
	return db
		.prepare(
			`SELECT c.nom FROM zones_desserte z JOIN communes c ON c.code = z.code_insee WHERE z.lieu = ? ORDER BY c.nom`
		)
		.pluck()
		.all(lieu) as string[];
}

/** Help points of a département with their EPCI and the date of their freshest source. */
export function lieuxFreshness(
	db: Database.Database,
	dep: string
): {
	id: number;
	nom: string;
	kind: string;
	epci: string | null;
	epci_nom: string | null;
	date_maj: string;
	verifie_le: string | null;
	itinerant: number;
	tournee: number;
}[] {
	return db
		.prepare(
			`SELECT l.id, l.nom, l.kind, c.epci, e.nom AS epci_nom, l.itinerant, l.verifie_le,
			        (SELECT max(s.date_maj) FROM lieux_sources s WHERE s.lieu = l.id) AS date_maj,
			        (SELECT count(*) FROM tournees_arrets t WHERE t.lieu = l.id) AS tournee
			 FROM lieux l LEFT JOIN communes c ON c.code = l.code_insee LEFT JOIN epci e ON e.code = c.epci
			 WHERE l.departement = ? ORDER BY e.nom, l.nom`
		)
		.all(dep) as ReturnType<typeof lieuxFreshness>;
}
