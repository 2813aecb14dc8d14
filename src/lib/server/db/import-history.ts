/** SQL of the import history: one row per planner import, and the changes each one made. */
import type Database from 'better-sqlite3';
import type { ImportRow } from '../../types/rows';
import type { ChangeEntry } from './change-log';

/** Start an import in the history; returns its id. */
export function insertImport(db: Database.Database, date: string, file: string, type: string) {
	return Number(
		db.prepare('INSERT INTO imports (date, fichier, type) VALUES (?, ?, ?)').run(date, file, type)
			.lastInsertRowid
	);
}

/** Counts of an import, written when it is done. */
export type ImportCounts = Pick<
	ImportRow,
	'lignes_lues' | 'importees' | 'mises_a_jour' | 'rejetees' | 'avertissements'
>;

/** The counts of a one-place change by a planner (a correction, a status): one row read, one updated. */
export const ONE_PLACE_UPDATED: ImportCounts = {
	lignes_lues: 1,
	importees: 0,
	mises_a_jour: 1,
	rejetees: 0,
	avertissements: 0
};

/** Store the final counts of an import. */
export function finishImport(db: Database.Database, id: number, c: ImportCounts): void {
	db.prepare(
		`UPDATE imports SET lignes_lues = ?, importees = ?, mises_a_jour = ?, rejetees = ?, avertissements = ?
		 WHERE id = ?`
	).run(c.lignes_lues, c.importees, c.mises_a_jour, c.rejetees, c.avertissements, id);
}

/** One row of the import history, with the number of rows it changed. */
export type ImportEntry = ImportRow & { changements: number };

/** The import history, newest first. */
export function listImports(db: Database.Database): ImportEntry[] {
	return db
		.prepare<[], ImportEntry>(
			`SELECT i.*, (SELECT count(*) FROM import_changes c WHERE c.import_id = i.id) AS changements
			 FROM imports i ORDER BY i.id DESC`
		)
		.all();
}

/** One import of the history, or null. */
export function getImport(db: Database.Database, id: number): ImportEntry | null {
	return listImports(db).find((i) => i.id === id) ?? null;
}

/** Files imported and not undone, oldest first: what a rebuild of the database would lose. */
export function standingImports(db: Database.Database): string[] {
	return db
		.prepare<[], string>('SELECT fichier FROM imports WHERE annule_le IS NULL ORDER BY id')
		.pluck()
		.all();
}

/** The changes of an import, in the order they were made. */
export function importChanges(db: Database.Database, id: number): ChangeEntry[] {
	return db
		.prepare<[number], ChangeEntry>('SELECT * FROM import_changes WHERE import_id = ? ORDER BY id')
		.all(id);
}

/** Mark an import as undone. */
export function markUndone(db: Database.Database, id: number, date: string): void {
	db.prepare('UPDATE imports SET annule_le = ? WHERE id = ?').run(date, id);
}
