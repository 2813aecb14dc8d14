import type Database from 'better-sqlite3';
import type { SourceInfo } from '../../import/sources';
import type { HelpPointRecord, ImportIssue } from '../../import/types';
import type {
	CommuneRow,
	DepartementRow,
	EpciRow,
	IndicateurPublieRow,
	IndicateurRow,
	RegionRow
} from '../../types/rows';

/** A région as the build writes it. */
export type RegionInput = Omit<RegionRow, 'source'>;
/** What the build writes, before it is stored: shapes are GeoJSON geometry objects. */
export type DepartementInput = Omit<DepartementRow, 'geometry' | 'source'> & {
	geometry: unknown | null;
};
export type EpciInput = Omit<EpciRow, 'geometry' | 'source'> & {
	departements: string[];
	geometry: unknown | null;
};
export interface CommuneInput
	extends Pick<CommuneRow, 'code' | 'nom' | 'departement' | 'epci' | 'population' | 'lat' | 'lon'> {
	codesPostaux: string[];
	geometry: unknown | null;
	geomStatus: CommuneRow['geom_status'];
}
/** A merged help point: its primary record's fields, placed, with all its sources. */
export interface LieuInput extends Omit<HelpPointRecord, 'sourceId' | 'lat' | 'lon'> {
	id: number;
	departement: string | null;
	lat: number;
	lon: number;
	sources: { source: string; sourceId: string; nom: string; dateMaj: string }[];
}

const json = (g: unknown) => (g == null ? null : JSON.stringify(g));

/** Insert the source registry entries. */
export function writeSources(db: Database.Database, sources: SourceInfo[]): void {
	const st = db.prepare(
		'INSERT INTO sources (key, titre, producteur, licence, date, url) VALUES (?, ?, ?, ?, ?, ?)'
	);
	for (const s of sources) st.run(s.key, s.titre, s.producteur, s.licence, s.date, s.url);
}

/** Insert régions, départements, EPCI (with their départements) and communes, from the COG source. */
export function writeTerritories(
	db: Database.Database,
	regions: RegionInput[],
	deps: DepartementInput[],
	epcis: EpciInput[],
	communes: CommuneInput[],
	cogSource: string,
	geomSource: string
): void {
	const r = db.prepare('INSERT INTO regions (code, nom, source) VALUES (?, ?, ?)');
	for (const x of regions) r.run(x.code, x.nom, cogSource);
	const d = db.prepare(
		'INSERT INTO departements (code, nom, region, population, geometry, source) VALUES (?, ?, ?, ?, ?, ?)'
	);
	for (const x of deps) d.run(x.code, x.nom, x.region, x.population, json(x.geometry), cogSource);
	const e = db.prepare(
		'INSERT INTO epci (code, nom, type, population, geometry, source) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const ed = db.prepare('INSERT INTO epci_departements (epci, departement) VALUES (?, ?)');
	for (const x of epcis) {
		e.run(x.code, x.nom, x.type, x.population, json(x.geometry), cogSource);
		for (const dep of x.departements) ed.run(x.code, dep);
	}
	const c = db.prepare(
		`INSERT INTO communes (code, nom, departement, epci, population, codes_postaux, lat, lon, geometry, geom_status, source, geom_source)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	for (const x of communes) {
		c.run(
			x.code,
			x.nom,
			x.departement,
			x.epci,
			x.population,
			x.codesPostaux.join('|'),
			x.lat,
			x.lon,
			json(x.geometry),
			x.geomStatus,
			cogSource,
			x.geometry ? geomSource : null
		);
	}
}

/** Insert indicator values (commune values as published, aggregates as computed). */
export function writeIndicators(db: Database.Database, rows: IndicateurRow[]): void {
	const st = db.prepare(
		`INSERT OR REPLACE INTO indicateurs (niveau, code, indicateur, valeur, methode, source, millesime)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	);
	for (const r of rows)
		st.run(r.niveau, r.code, r.indicateur, r.valeur, r.methode, r.source, r.millesime);
}

/** Insert the values producers publish per territory (IFN per EPCI). */
export function writePublishedIndicators(db: Database.Database, rows: IndicateurPublieRow[]): void {
	const st = db.prepare(
		`INSERT OR REPLACE INTO indicateurs_publies (niveau, code, indicateur, valeur, source, millesime)
		 VALUES (?, ?, ?, ?, ?, ?)`
	);
	for (const r of rows) st.run(r.niveau, r.code, r.indicateur, r.valeur, r.source, r.millesime);
}

/** Insert merged help points, their source records and the R*Tree index. */
export function writeLieux(db: Database.Database, lieux: LieuInput[]): void {
	const st = db.prepare(
		`INSERT INTO lieux (id, kind, nom, adresse, code_postal, code_insee, commune, departement, lat, lon,
		 approximatif, itinerant, format, telephone, courriel, site_web, horaires, horaires_brut, services,
		 publics, frais, prise_rdv, date_maj, source)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const src = db.prepare(
		'INSERT OR IGNORE INTO lieux_sources (lieu, source, source_id, nom, date_maj) VALUES (?, ?, ?, ?, ?)'
	);
	const rt = db.prepare(
		'INSERT INTO lieux_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)'
	);
	for (const l of lieux) {
		st.run(
			l.id,
			l.kind,
			l.nom,
			l.adresse,
			l.codePostal,
			l.codeInsee,
			l.commune,
			l.departement,
			l.lat,
			l.lon,
			l.approximate ? 1 : 0,
			l.itinerant ? 1 : 0,
			l.format,
			l.telephone,
			l.courriel,
			l.siteWeb,
			l.horaires,
			l.horairesBrut,
			l.services.join('|'),
			l.publics.join('|'),
			l.frais.join('|'),
			l.priseRdv,
			l.dateMaj,
			l.source
		);
		for (const s of l.sources) src.run(l.id, s.source, s.sourceId, s.nom, s.dateMaj);
		rt.run(l.id, l.lat, l.lat, l.lon, l.lon);
	}
}

/** Insert the communes an itinerant service serves. */
export function writeServiceAreas(
	db: Database.Database,
	areas: { lieu: number; codeInsee: string; origine: string }[]
): void {
	const st = db.prepare(
		'INSERT OR IGNORE INTO zones_desserte (lieu, code_insee, origine) VALUES (?, ?, ?)'
	);
	for (const a of areas) st.run(a.lieu, a.codeInsee, a.origine);
}

/** Record rejected rows and warnings so the UI and the summary can say why. */
export function writeIssues(db: Database.Database, source: string, issues: ImportIssue[]): void {
	const st = db.prepare(
		'INSERT INTO rejets (source, fichier, ligne, champ, niveau, message) VALUES (?, ?, ?, ?, ?, ?)'
	);
	for (const i of issues) st.run(source, i.file, i.line, i.field, i.level, i.message);
}

/** Store a build fact (date, départements built). */
export function writeBuildInfo(db: Database.Database, info: Record<string, string>): void {
	const st = db.prepare('INSERT OR REPLACE INTO build_info (key, value) VALUES (?, ?)');
	for (const [k, v] of Object.entries(info)) st.run(k, v);
}

/** Row counts per table, for the build summary. */
export function tableCounts(db: Database.Database): Record<string, number> {
	const tables = [
		'departements',
		'epci',
		'communes',
		'indicateurs',
		'indicateurs_publies',
		'lieux',
		'lieux_sources',
		'tournees_arrets',
		'zones_desserte',
		'rejets'
	];
	const out: Record<string, number> = {};
	for (const t of tables)
		out[t] = db.prepare<[], number>(`SELECT count(*) FROM ${t}`).pluck().get() ?? 0;
	return out;
}
