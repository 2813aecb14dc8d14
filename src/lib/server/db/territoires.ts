import type Database from 'better-sqlite3';
import type {
	CommuneRow,
	DepartementRow,
	EpciRow,
	IndicateurRow,
	SourceRow
} from '../../types/rows';
import type { ShownValue } from '../../analysis/published-value';
import { shownIndicator } from './published';

export interface EpciSummary extends Pick<EpciRow, 'code' | 'nom' | 'population'> {
	/** The population-weighted mean over all the EPCI's communes (the comparison average). */
	ifn_moyen: number | null;
	/** The IFN the pages show: La MedNum's published value, else `ifn_moyen`, with both. */
	ifn: ShownValue;
	illectronisme: number | null;
	illectronisme_source: string | null;
}

export interface TerritorySummary {
	code: string;
	nom: string;
	communes: number;
	population: number;
	ifn_moyen: number | null;
	/** `ifn_moyen` with its origin: no IFN is published per département, so always computed. */
	ifn: ShownValue;
	illectronisme: number | null;
	epci: EpciSummary[];
	/** Help points by kind. */
	lieux: Record<string, number>;
	/** Of which itinerant (buses, itinerant services), by kind. */
	lieux_itinerants: Record<string, number>;
	sources: Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'licence' | 'date'>[];
}

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

/** The summary of one département, or null when it was not built. */
export function getTerritorySummary(db: Database.Database, code: string): TerritorySummary | null {
	const dep = db
		.prepare<
			[string],
			Pick<DepartementRow, 'code' | 'nom'>
		>('SELECT code, nom FROM departements WHERE code = ?')
		.get(code);
	if (!dep) return null;
	const agg = db
		.prepare<
			[string],
			{ n: number; pop: number }
		>('SELECT count(*) AS n, coalesce(sum(population), 0) AS pop FROM communes WHERE departement = ?')
		.get(code);
	if (!agg?.n) return null;
	const epcis = db
		.prepare<[string], Pick<EpciRow, 'code' | 'nom' | 'population'>>(
			`SELECT e.code, e.nom, e.population FROM epci e
			 WHERE e.code IN (SELECT epci FROM communes WHERE departement = ?) ORDER BY e.nom`
		)
		.all(code);
	const kinds = db
		.prepare<
			[string],
			{ kind: string; n: number; it: number }
		>('SELECT kind, count(*) AS n, sum(itinerant) AS it FROM lieux WHERE departement = ? GROUP BY kind')
		.all(code);
	const sources = db
		.prepare<
			[],
			TerritorySummary['sources'][number]
		>('SELECT key, titre, producteur, licence, date FROM sources ORDER BY key')
		.all();
	return {
		code: dep.code,
		nom: dep.nom,
		communes: agg.n,
		population: agg.pop,
		ifn_moyen: indicator(db, 'departement', code, 'ifn')?.valeur ?? null,
		ifn: shownIndicator(db, 'departement', code, 'ifn'),
		illectronisme: indicator(db, 'departement', code, 'illectronisme')?.valeur ?? null,
		epci: epcis.map((e) => {
			const ill = indicator(db, 'epci', e.code, 'illectronisme');
			return {
				...e,
				ifn_moyen: indicator(db, 'epci', e.code, 'ifn')?.valeur ?? null,
				ifn: shownIndicator(db, 'epci', e.code, 'ifn'),
				illectronisme: ill?.valeur ?? null,
				illectronisme_source: ill?.source ?? null
			};
		}),
		lieux: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
		lieux_itinerants: Object.fromEntries(kinds.filter((k) => k.it > 0).map((k) => [k.kind, k.it])),
		sources
	};
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
