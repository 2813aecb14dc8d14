/**
 * SQL of `npm run import`: the import history and a change log that every import write goes
 * through. Each insert, update or delete of a tracked row is recorded in `import_changes` with
 * the row before and after (JSON), so an import can be undone exactly.
 */
import type Database from 'better-sqlite3';
import { schemaSql } from './connection';

/** Tables an import may change, with their key columns. */
export const TRACKED_TABLES = {
	sources: ['key'],
	lieux: ['id'],
	lieux_sources: ['source', 'source_id'],
	lieux_rtree: ['id'],
	tournees_arrets: ['id'],
	zones_desserte: ['lieu', 'code_insee'],
	indicateurs: ['niveau', 'code', 'indicateur', 'source'],
	signalements: ['id']
} as const;
export type TrackedTable = keyof typeof TRACKED_TABLES;
export type Row = Record<string, string | number | null>;

const HISTORY_MARK = '-- Import history';

/** Create the history tables when the database was built before they existed (idempotent). */
export function ensureHistoryTables(db: Database.Database): void {
	const sql = schemaSql();
	db.exec(sql.slice(sql.indexOf(HISTORY_MARK)));
}

/** Start an import in the history; returns its id. */
export function insertImport(db: Database.Database, date: string, file: string, type: string) {
	return Number(
		db.prepare('INSERT INTO imports (date, fichier, type) VALUES (?, ?, ?)').run(date, file, type)
			.lastInsertRowid
	);
}

/** Counts of an import, written when it is done. */
export interface ImportCounts {
	lignes_lues: number;
	importees: number;
	mises_a_jour: number;
	rejetees: number;
	avertissements: number;
}

/** Store the final counts of an import. */
export function finishImport(db: Database.Database, id: number, c: ImportCounts): void {
	db.prepare(
		`UPDATE imports SET lignes_lues = ?, importees = ?, mises_a_jour = ?, rejetees = ?, avertissements = ?
		 WHERE id = ?`
	).run(c.lignes_lues, c.importees, c.mises_a_jour, c.rejetees, c.avertissements, id);
}

/** One row of the import history. */
export interface ImportEntry extends ImportCounts {
	id: number;
	date: string;
	fichier: string;
	type: string;
	annule_le: string | null;
	changements: number;
}

/** The import history, newest first (empty when no import was ever run). */
export function listImports(db: Database.Database): ImportEntry[] {
	const exists = db
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'imports'")
		.get();
	if (!exists) return [];
	return db
		.prepare(
			`SELECT i.*, (SELECT count(*) FROM import_changes c WHERE c.import_id = i.id) AS changements
			 FROM imports i ORDER BY i.id DESC`
		)
		.all() as ImportEntry[];
}

/** One import of the history, or null. */
export function getImport(db: Database.Database, id: number): ImportEntry | null {
	return listImports(db).find((i) => i.id === id) ?? null;
}

/** A recorded change, as stored. */
export interface ChangeEntry {
	id: number;
	table_name: TrackedTable;
	row_key: string;
	action: 'insert' | 'update' | 'delete';
	avant: string | null;
	apres: string | null;
}

/** The changes of an import, in the order they were made. */
export function importChanges(db: Database.Database, id: number): ChangeEntry[] {
	return db
		.prepare('SELECT * FROM import_changes WHERE import_id = ? ORDER BY id')
		.all(id) as ChangeEntry[];
}

/** Mark an import as undone. */
export function markUndone(db: Database.Database, id: number, date: string): void {
	db.prepare('UPDATE imports SET annule_le = ? WHERE id = ?').run(date, id);
}

const where = (table: TrackedTable) => TRACKED_TABLES[table].map((k) => `"${k}" = ?`).join(' AND ');
const keyValues = (table: TrackedTable, row: Row) =>
	TRACKED_TABLES[table].map((k) => row[k] ?? null);

/** The key of a row (its key columns) as a JSON text. */
export function rowKey(table: TrackedTable, row: Row): string {
	return JSON.stringify(Object.fromEntries(TRACKED_TABLES[table].map((k) => [k, row[k] ?? null])));
}

/** A tracked row by its key, or null. */
export function getRow(db: Database.Database, table: TrackedTable, key: Row): Row | null {
	return (
		(db.prepare(`SELECT * FROM ${table} WHERE ${where(table)}`).get(...keyValues(table, key)) as
			| Row
			| undefined) ?? null
	);
}

const columns = (row: Row) => Object.keys(row).filter((c) => /^[a-z_]+$/.test(c));

function rawInsert(db: Database.Database, table: TrackedTable, row: Row): void {
	const cols = columns(row);
	db.prepare(
		`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
	).run(...cols.map((c) => row[c]));
}

function rawUpdate(db: Database.Database, table: TrackedTable, row: Row): void {
	const keys: readonly string[] = TRACKED_TABLES[table];
	const cols = columns(row).filter((c) => !keys.includes(c));
	db.prepare(
		`UPDATE ${table} SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where(table)}`
	).run(...cols.map((c) => row[c]), ...keyValues(table, row));
}

function rawDelete(db: Database.Database, table: TrackedTable, key: Row): void {
	db.prepare(`DELETE FROM ${table} WHERE ${where(table)}`).run(...keyValues(table, key));
}

/**
 * Writes of one import: each goes to the table and, with its before/after rows, to
 * `import_changes`. Reads the row back after writing, so the "after" is what SQLite stored
 * (R*Tree coordinates are rounded to 32-bit floats, for example).
 */
export class ChangeLog {
	private st: Database.Statement;
	constructor(
		private db: Database.Database,
		private importId: number
	) {
		this.st = db.prepare(
			`INSERT INTO import_changes (import_id, table_name, row_key, action, avant, apres)
			 VALUES (?, ?, ?, ?, ?, ?)`
		);
	}

	private record(
		table: TrackedTable,
		key: Row,
		action: string,
		before: Row | null,
		after: Row | null
	) {
		const k = rowKey(table, key);
		const json = (r: Row | null) => (r ? JSON.stringify(r) : null);
		this.st.run(this.importId, table, k, action, json(before), json(after));
	}

	/** Insert a row (its key must be free). */
	insert(table: TrackedTable, row: Row): void {
		rawInsert(this.db, table, row);
		this.record(table, row, 'insert', null, getRow(this.db, table, row));
	}

	/** Set the given columns of an existing row; false (nothing written) when nothing changes. */
	update(table: TrackedTable, row: Row): boolean {
		const before = getRow(this.db, table, row);
		if (!before) throw new Error(`No ${table} row ${rowKey(table, row)} to update`);
		if (Object.keys(row).every((c) => sameValue(before[c], row[c]))) return false;
		rawUpdate(this.db, table, row);
		this.record(table, row, 'update', before, getRow(this.db, table, row));
		return true;
	}

	/** Delete a row by its key (no-op when absent). */
	delete(table: TrackedTable, key: Row): void {
		const before = getRow(this.db, table, key);
		if (!before) return;
		rawDelete(this.db, table, key);
		this.record(table, key, 'delete', before, null);
	}
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
const sameRow = (a: Row | null, b: Row | null) =>
	a === null || b === null
		? a === b
		: Object.keys(b).every((c) => sameValue(a[c], b[c])) &&
			Object.keys(a).every((c) => sameValue(a[c], b[c]));

/**
 * Undo the changes of an import, newest first: inserted rows are deleted, updated and deleted
 * rows get their previous values back. Returns the rows that changed since the import (then
 * nothing is written by the caller's transaction, which must roll back).
 */
export function revertChanges(db: Database.Database, changes: ChangeEntry[]): string[] {
	const conflicts: string[] = [];
	for (const c of [...changes].reverse()) {
		const key = JSON.parse(c.row_key) as Row;
		const after = c.apres ? (JSON.parse(c.apres) as Row) : null;
		const before = c.avant ? (JSON.parse(c.avant) as Row) : null;
		const current = getRow(db, c.table_name, key);
		if (!sameRow(current, after)) {
			conflicts.push(`${c.table_name} ${c.row_key}`);
			continue;
		}
		// An updated row is updated back: deleting it would break the rows that refer to it.
		if (current && before) rawUpdate(db, c.table_name, before);
		else if (current) rawDelete(db, c.table_name, key);
		else if (before) rawInsert(db, c.table_name, before);
	}
	return conflicts;
}

/** Communes of the database, for placing and checking imported records. */
export interface CommuneRef {
	code: string;
	nom: string;
	departement: string;
	epci: string | null;
	lat: number | null;
	lon: number | null;
	codes_postaux: string;
}

/** Every commune of the database (a few thousand rows at most for a few départements). */
export function communeRefs(db: Database.Database): CommuneRef[] {
	return db
		.prepare('SELECT code, nom, departement, epci, lat, lon, codes_postaux FROM communes')
		.all() as CommuneRef[];
}

/** Codes of the built départements and of the EPCI in the database. */
export function builtTerritories(db: Database.Database): { deps: Set<string>; epcis: Set<string> } {
	const deps = db.prepare('SELECT code FROM departements').pluck().all() as string[];
	const epcis = db.prepare('SELECT code FROM epci').pluck().all() as string[];
	return { deps: new Set(deps), epcis: new Set(epcis) };
}

/** The help point a source record was merged into, or null. */
export function lieuOfSource(
	db: Database.Database,
	source: string,
	sourceId: string
): number | null {
	const r = db
		.prepare('SELECT lieu FROM lieux_sources WHERE source = ? AND source_id = ?')
		.pluck()
		.get(source, sourceId) as number | undefined;
	return r ?? null;
}

/** Next free id of a table with an integer `id` key. */
export function nextId(db: Database.Database, table: 'lieux' | 'tournees_arrets'): number {
	return (db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number) ?? 1;
}

/** Keys of the stops of a help point's tour. */
export function tourStopIds(db: Database.Database, lieu: number): number[] {
	return db.prepare('SELECT id FROM tournees_arrets WHERE lieu = ?').pluck().all(lieu) as number[];
}

/** Communes a help point serves through its tour (origine 'tournee'). */
export function tourZones(db: Database.Database, lieu: number): string[] {
	return db
		.prepare("SELECT code_insee FROM zones_desserte WHERE lieu = ? AND origine = 'tournee'")
		.pluck()
		.all(lieu) as string[];
}

/** Source keys present in the database. */
export function sourceKeys(db: Database.Database): Set<string> {
	return new Set(db.prepare('SELECT key FROM sources').pluck().all() as string[]);
}

/** Help points of a département in the shape the national-schema export needs. */
export function lieuxForExport(db: Database.Database, dep: string) {
	return db
		.prepare(
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
			 WHERE l.departement = ?
			 GROUP BY l.id ORDER BY l.id`
		)
		.all(dep) as import('../../import/schema-export').ExportLieu[];
}
