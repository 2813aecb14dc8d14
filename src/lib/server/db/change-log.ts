/**
 * The change log that every import write goes through, and undo. Each insert, update or delete
 * of a tracked row is recorded in `import_changes` with the row before and after (JSON), so an
 * import can be undone exactly.
 */
import type Database from 'better-sqlite3';
import type { ImportChangeRow } from '../../types/rows';

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
/** A row of any tracked table, column by column. */
export type Row = Record<string, string | number | null>;

/** A recorded change, as stored. */
export type ChangeEntry = Omit<ImportChangeRow, 'table_name'> & { table_name: TrackedTable };

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
		db
			.prepare<(string | number | null)[], Row>(`SELECT * FROM ${table} WHERE ${where(table)}`)
			.get(...keyValues(table, key)) ?? null
	);
}

/** A tracked row that must exist (its key was just read from the database); throws otherwise. */
export function existingRow(db: Database.Database, table: TrackedTable, key: Row): Row {
	const row = getRow(db, table, key);
	if (!row) throw new Error(`${table} ${rowKey(table, key)}: row expected`);
	return row;
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
