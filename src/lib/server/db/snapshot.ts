import type Database from 'better-sqlite3';
import { databasePath, openDatabase } from './connection';

/**
 * A private connection to the served database holding one read transaction: a streamed export
 * of the whole country reads one version of the data from its first row to its last, even if
 * an import commits meanwhile, and its statements never hold up the server's shared connection
 * between two chunks. Close it (which ends the transaction) when the export ends or the client
 * leaves.
 */
export function openSnapshot(path = databasePath()): Database.Database {
	const db = openDatabase(path, { readOnly: true });
	db.exec('BEGIN');
	// in WAL mode the snapshot is taken at the first read, not at BEGIN
	db.prepare('SELECT count(*) FROM sqlite_master').get();
	return db;
}
