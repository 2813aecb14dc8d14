/** Size of the database and of the import change log, and giving freed pages back. */
import type Database from 'better-sqlite3';

/**
 * Drop the change log of undone imports: undo needs the changes of standing imports only (an
 * undone import cannot be undone again). Returns the rows dropped.
 */
export function dropUndoneChanges(db: Database.Database): number {
	return db
		.prepare(
			'DELETE FROM import_changes WHERE import_id IN (SELECT id FROM imports WHERE annule_le IS NOT NULL)'
		)
		.run().changes;
}

/**
 * Give the pages freed by dropped change rows back to the file system, when they are worth it
 * (over 1 MB and a tenth of the file): incremental vacuum, after one VACUUM that switches an
 * older database to incremental mode. Outside any transaction; readers keep reading (WAL).
 * Returns the bytes given back.
 */
export function compactDatabase(db: Database.Database): number {
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	const pages = () => db.pragma('page_count', { simple: true }) as number;
	const before = pages();
	const free = db.pragma('freelist_count', { simple: true }) as number;
	if (free * pageSize < 1024 * 1024 || free < before / 10) return 0;
	if (db.pragma('auto_vacuum', { simple: true }) === 2) db.pragma('incremental_vacuum');
	else {
		db.pragma('auto_vacuum = INCREMENTAL');
		db.exec('VACUUM');
	}
	db.pragma('wal_checkpoint(TRUNCATE)');
	return (before - pages()) * pageSize;
}

/** Size of the database file (bytes) and rows of its import change log, for the planner view. */
export function databaseSize(db: Database.Database): { bytes: number; changeRows: number } {
	const bytes =
		(db.pragma('page_count', { simple: true }) as number) *
		(db.pragma('page_size', { simple: true }) as number);
	const changeRows =
		db.prepare<[], number>('SELECT count(*) FROM import_changes').pluck().get() ?? 0;
	return { bytes, changeRows };
}
