/** Lookups of `npm run import`: what an imported record is checked against and placed with. */
import type Database from 'better-sqlite3';
import type { CommuneRow, EpciRow, TourneeArretRow } from '../../types/rows';
import type { LieuRef } from '../../import/lieu-ref';

/** Communes of the database, for placing and checking imported records. */
export type CommuneRef = Pick<
	CommuneRow,
	'code' | 'nom' | 'departement' | 'epci' | 'lat' | 'lon' | 'codes_postaux'
>;

/** Every commune of the database (a few thousand rows at most for a few départements). */
export function communeRefs(db: Database.Database): CommuneRef[] {
	return db
		.prepare<
			[],
			CommuneRef
		>('SELECT code, nom, departement, epci, lat, lon, codes_postaux FROM communes')
		.all();
}

/** Codes of the built départements, and the EPCI in the database with their types (CC… METRO). */
export function builtTerritories(db: Database.Database): {
	deps: Set<string>;
	epcis: Set<string>;
	epciTypes: Map<string, EpciRow['type']>;
} {
	const deps = db.prepare<[], string>('SELECT code FROM departements').pluck().all();
	const epcis = db.prepare<[], Pick<EpciRow, 'code' | 'type'>>('SELECT code, type FROM epci').all();
	return {
		deps: new Set(deps),
		epcis: new Set(epcis.map((e) => e.code)),
		epciTypes: new Map(epcis.map((e) => [e.code, e.type]))
	};
}

/** The help point a source record was merged into, or null. */
export function lieuOfSource(
	db: Database.Database,
	source: string,
	sourceId: string
): number | null {
	return (
		db
			.prepare<
				[string, string],
				number
			>('SELECT lieu FROM lieux_sources WHERE source = ? AND source_id = ?')
			.pluck()
			.get(source, sourceId) ?? null
	);
}

/** The help point a planner's file names (its Maillage id, or a source record), or null. */
export function lieuOfRef(db: Database.Database, ref: LieuRef): number | null {
	if (!('id' in ref)) return lieuOfSource(db, ref.source, ref.sourceId);
	return (
		db.prepare<[number], number>('SELECT id FROM lieux WHERE id = ?').pluck().get(ref.id) ?? null
	);
}

/** Next free id of a table with an integer `id` key. */
export function nextId(db: Database.Database, table: 'lieux' | 'tournees_arrets'): number {
	return db.prepare<[], number>(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() ?? 1;
}

/** Keys of the stops of a help point's tour. */
export function tourStopIds(db: Database.Database, lieu: number): number[] {
	return db
		.prepare<[number], number>('SELECT id FROM tournees_arrets WHERE lieu = ?')
		.pluck()
		.all(lieu);
}

/** The stops of a help point's tour as stored, in the order they were added. */
export function tourStopRows(db: Database.Database, lieu: number): TourneeArretRow[] {
	return db
		.prepare<[number], TourneeArretRow>('SELECT * FROM tournees_arrets WHERE lieu = ? ORDER BY id')
		.all(lieu);
}

/** Communes a help point serves through its tour (origine 'tournee'). */
export function tourZones(db: Database.Database, lieu: number): string[] {
	return db
		.prepare<
			[number],
			string
		>("SELECT code_insee FROM zones_desserte WHERE lieu = ? AND origine = 'tournee'")
		.pluck()
		.all(lieu);
}

/** Source keys present in the database. */
export function sourceKeys(db: Database.Database): Set<string> {
	return new Set(db.prepare<[], string>('SELECT key FROM sources').pluck().all());
}

/** Stored values of one indicator source, keyed `niveau:code:indicateur`. */
export function storedIndicatorValues(db: Database.Database, source: string): Map<string, number> {
	const rows = db
		.prepare<
			[string],
			{ niveau: string; code: string; indicateur: string; valeur: number }
		>('SELECT niveau, code, indicateur, valeur FROM indicateurs WHERE source = ?')
		.all(source);
	return new Map(rows.map((r) => [`${r.niveau}:${r.code}:${r.indicateur}`, r.valeur]));
}
