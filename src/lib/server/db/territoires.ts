import type Database from 'better-sqlite3';
import type {
	CommuneRow,
	DepartementRow,
	EpciRow,
	IndicateurRow,
	SourceRow
} from '../../types/rows';
import type { EpciSummary, TerritorySummary } from '../../types/territory';
import { shownIndicator } from './published';

const indicator = (db: Database.Database, niveau: string, code: string, ind: string) =>
	db
		.prepare<
			[string, string, string],
			Pick<IndicateurRow, 'valeur' | 'source'>
		>('SELECT valeur, source FROM indicateurs WHERE niveau = ? AND code = ? AND indicateur = ? LIMIT 1')
		.get(niveau, code, ind) ?? null;

/** List the built départements, for navigation. */
export function listDepartements(db: Database.Database): Pick<DepartementRow, 'code' | 'nom'>[] {
	return db
		.prepare<
			[],
			Pick<DepartementRow, 'code' | 'nom'>
		>('SELECT d.code, d.nom FROM departements d WHERE EXISTS (SELECT 1 FROM communes c WHERE c.departement = d.code) ORDER BY d.code')
		.all();
}

/** Every source with its licence and date, for a page's "Sources". */
export function listSources(db: Database.Database): TerritorySummary['sources'] {
	return db
		.prepare<
			[],
			TerritorySummary['sources'][number]
		>('SELECT key, titre, producteur, licence, date FROM sources ORDER BY key')
		.all();
}

/**
 * The EPCI having communes in a département, in name order, with their values over all their
 * communes (the département summary's `epci`, kept for the API's clients).
 */
export function epciSummaries(db: Database.Database, dep: string): EpciSummary[] {
	return db
		.prepare<[string], Pick<EpciRow, 'code' | 'nom' | 'population'>>(
			`SELECT e.code, e.nom, e.population FROM epci e
			 WHERE e.code IN (SELECT epci FROM communes WHERE departement = ?) ORDER BY e.nom`
		)
		.all(dep)
		.map((e) => {
			const ill = indicator(db, 'epci', e.code, 'illectronisme');
			return {
				...e,
				ifn_moyen: indicator(db, 'epci', e.code, 'ifn')?.valeur ?? null,
				ifn: shownIndicator(db, 'epci', e.code, 'ifn'),
				illectronisme: ill?.valeur ?? null,
				illectronisme_source: ill?.source ?? null
			};
		});
}

/** A commune's own indicator values (as published, or derived from its former communes). */
export function communeIndicators(
	db: Database.Database,
	code: string
): Pick<IndicateurRow, 'indicateur' | 'valeur' | 'methode' | 'source'>[] {
	return db
		.prepare<
			[string],
			Pick<IndicateurRow, 'indicateur' | 'valeur' | 'methode' | 'source'>
		>(`SELECT indicateur, valeur, methode, source FROM indicateurs WHERE niveau = 'commune' AND code = ?`)
		.all(code);
}

/** EPCI code → name for the EPCIs having communes in a département. */
export function epciNames(db: Database.Database, dep: string): Record<string, string> {
	const rows = db
		.prepare<
			[string],
			Pick<EpciRow, 'code' | 'nom'>
		>('SELECT code, nom FROM epci WHERE code IN (SELECT epci FROM communes WHERE departement = ?)')
		.all(dep);
	return Object.fromEntries(rows.map((r) => [r.code, r.nom]));
}

/** EPCI code → name for every EPCI of the database. */
export function epciNamesAll(db: Database.Database): Record<string, string> {
	const rows = db.prepare<[], Pick<EpciRow, 'code' | 'nom'>>('SELECT code, nom FROM epci').all();
	return Object.fromEntries(rows.map((r) => [r.code, r.nom]));
}

/** Commune code → parsed GeoJSON geometry, for a département. */
export function communeGeometries(
	db: Database.Database,
	dep: string
): Map<string, import('geojson').Geometry> {
	const rows = db
		.prepare<
			[string],
			Pick<CommuneRow, 'code'> & { geometry: string }
		>('SELECT code, geometry FROM communes WHERE departement = ? AND geometry IS NOT NULL')
		.all(dep);
	return new Map(rows.map((r) => [r.code, JSON.parse(r.geometry)]));
}

/** Whether a département was built (it has communes in the database). */
export function isBuiltDepartement(db: Database.Database, dep: string): boolean {
	return !!db.prepare('SELECT 1 FROM communes WHERE departement = ? LIMIT 1').get(dep);
}

/** Sources by key (producer, title, date), in key order. */
export function sourcesByKeys(
	db: Database.Database,
	keys: string[]
): Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'date'>[] {
	return db
		.prepare<
			string[],
			Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'date'>
		>(`SELECT key, titre, producteur, date FROM sources WHERE key IN (${keys.map(() => '?').join(',')}) ORDER BY key`)
		.all(...keys);
}
