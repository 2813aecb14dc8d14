import type Database from 'better-sqlite3';
import type { FeatureCollection } from 'geojson';
import type { ExportLieu } from '../../types/exports';
import type {
	CommuneRow,
	EpciRow,
	LieuRow,
	LieuSourceRow,
	SourceRow,
	TourneeArretRow
} from '../../types/rows';
import { checkedDate } from '../../analysis/freshness';
import { pointCollection } from './carte';
import type { TerritoryLevel } from '../../types/territory';
import { communeCondition } from './territory-scope';

/** A help point as stored. */
export type Lieu = LieuRow;

/** A source record of a help point, with its source's title, producer and licence. */
export type LieuSource = Pick<LieuSourceRow, 'source' | 'source_id' | 'nom' | 'date_maj'> &
	Pick<SourceRow, 'titre' | 'producteur' | 'licence'>;

/** Help points of a département, as a GeoJSON collection of points for the map. */
export function lieuxGeoJson(db: Database.Database, dep: string): FeatureCollection {
	const rows = db
		.prepare<
			[string],
			Pick<
				LieuRow,
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
			>
		>(
			`SELECT id, kind, nom, commune, lat, lon, approximatif, itinerant, format, date_maj, source
			 FROM lieux WHERE departement = ? ORDER BY id`
		)
		.all(dep);
	return pointCollection(rows, ({ lat: _lat, lon: _lon, ...properties }) => properties);
}

/** One help point with every source record merged into it, or null. */
export function getLieu(
	db: Database.Database,
	id: number
): (Lieu & { sources: LieuSource[] }) | null {
	const l = db.prepare<[number], Lieu>('SELECT * FROM lieux WHERE id = ?').get(id);
	if (!l) return null;
	const sources = db
		.prepare<[number], LieuSource>(
			`SELECT ls.source, ls.source_id, ls.nom, ls.date_maj, s.titre, s.producteur, s.licence
			 FROM lieux_sources ls JOIN sources s ON s.key = ls.source WHERE ls.lieu = ? ORDER BY ls.source`
		)
		.all(id);
	return { ...l, sources };
}

/** Every help point, whole: the finder keeps them in memory, indexed, once per data version. */
export function everyLieu(db: Database.Database): Lieu[] {
	return db.prepare<[], Lieu>('SELECT * FROM lieux ORDER BY id').all();
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
		.prepare<[string, string], { lieu: number; tour: number }>(
			`SELECT lieu, max(tour) AS tour FROM (
			   SELECT lieu, 0 AS tour FROM zones_desserte WHERE code_insee = ?
			   UNION ALL SELECT lieu, 1 AS tour FROM tournees_arrets WHERE code_insee = ?
			 ) GROUP BY lieu ORDER BY tour DESC, lieu`
		)
		.all(codeInsee, codeInsee);
	return rows.map((r) => ({ lieu: r.lieu, tour: r.tour === 1 }));
}

/** A stop of a tour, with the name of its commune. */
export type TourStop = Pick<
	TourneeArretRow,
	'id' | 'lieu' | 'code_insee' | 'lat' | 'lon' | 'libelle' | 'horaires' | 'valide_du' | 'valide_au'
> & { commune: string | null };

/** The stops of an itinerant service's tour, with their commune names. */
export function tourStops(db: Database.Database, lieu: number): TourStop[] {
	return db
		.prepare<[number], TourStop>(
			`SELECT t.id, t.lieu, t.code_insee, c.nom AS commune, t.lat, t.lon, t.libelle, t.horaires, t.valide_du, t.valide_au
			 FROM tournees_arrets t LEFT JOIN communes c ON c.code = t.code_insee WHERE t.lieu = ? ORDER BY c.nom`
		)
		.all(lieu);
}

/** Communes an itinerant service serves (names), for its detail page. */
export function servedCommunes(db: Database.Database, lieu: number): string[] {
	return db
		.prepare<
			[number],
			string
		>(`SELECT c.nom FROM zones_desserte z JOIN communes c ON c.code = z.code_insee WHERE z.lieu = ? ORDER BY c.nom`)
		.pluck()
		.all(lieu);
}

/** A help point with its EPCI, the date of its freshest source and its number of tour stops. */
export type LieuFreshness = Pick<
	LieuRow,
	'id' | 'nom' | 'kind' | 'date_maj' | 'verifie_le' | 'itinerant'
> & {
	epci: CommuneRow['epci'];
	epci_nom: EpciRow['nom'] | null;
	tournee: number;
};

/** Help points of a département with their EPCI and the date of their freshest source. */
export function lieuxFreshness(db: Database.Database, dep: string): LieuFreshness[] {
	return db
		.prepare<[string], LieuFreshness>(
			`SELECT l.id, l.nom, l.kind, c.epci, e.nom AS epci_nom, l.itinerant, l.verifie_le,
			        (SELECT max(s.date_maj) FROM lieux_sources s WHERE s.lieu = l.id) AS date_maj,
			        (SELECT count(*) FROM tournees_arrets t WHERE t.lieu = l.id) AS tournee
			 FROM lieux l LEFT JOIN communes c ON c.code = l.code_insee LEFT JOIN epci e ON e.code = c.epci
			 WHERE l.departement = ? ORDER BY e.nom, l.nom`
		)
		.all(dep);
}

/**
 * Help points of a département in the shape the national-schema export needs; the update date
 * is the later of the source's and a planner's check.
 */
export function lieuxForExport(db: Database.Database, dep: string): ExportLieu[] {
	return [...iterateLieuxForExport(db, 'departement', dep)];
}

/** SQL condition on `lieux l` selecting the help points of a territory. */
function lieuxCondition(niveau: TerritoryLevel, code: string): { where: string; params: string[] } {
	if (niveau !== 'epci' && niveau !== 'commune') return communeCondition(niveau, code, 'l.');
	// an EPCI may straddle départements: its places are those of its communes
	const c = communeCondition(niveau, code);
	return {
		where: `l.code_insee IN (SELECT code FROM communes WHERE ${c.where})`,
		params: c.params
	};
}

/**
 * `lieuxForExport` for any territory (France, a région, a département, an EPCI, a commune), one
 * row at a time in id order: a streamed export of the country never holds every row.
 */
export function* iterateLieuxForExport(
	db: Database.Database,
	niveau: TerritoryLevel,
	code: string
): Generator<ExportLieu> {
	const { where, params } = lieuxCondition(niveau, code);
	const rows = db
		.prepare<string[], ExportLieu & Pick<LieuRow, 'verifie_le'>>(
			`SELECT l.id, l.kind, l.nom, l.adresse,
			        coalesce(l.code_postal, nullif(substr(c.codes_postaux, 1, 5), '')) AS code_postal,
			        l.code_insee, coalesce(l.commune, c.nom) AS commune, l.lat, l.lon, l.itinerant,
			        l.telephone, l.courriel, l.site_web, l.horaires, l.horaires_brut, l.services, l.publics,
			        l.frais, l.prise_rdv, l.date_maj, l.verifie_le, l.source,
			        coalesce(ls.source_id, 'lieu-' || l.id) AS source_id, s.producteur
			 FROM lieux l
			 LEFT JOIN communes c ON c.code = l.code_insee
			 LEFT JOIN lieux_sources ls ON ls.lieu = l.id AND ls.source = l.source
			 LEFT JOIN sources s ON s.key = l.source
			 WHERE ${where}
			 GROUP BY l.id ORDER BY l.id`
		)
		.iterate(...params);
	for (const { verifie_le, ...l } of rows)
		yield { ...l, date_maj: checkedDate(l.date_maj, verifie_le).date ?? l.date_maj };
}
