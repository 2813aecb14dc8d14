import Database from 'better-sqlite3';
import { readSqlFile } from './sql-file';
import { resolve } from 'node:path';

/** Path of the database: `$MAILLAGE_DB`, else `data/maillage.sqlite`. */
export function databasePath(env = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.MAILLAGE_DB || 'data/maillage.sqlite');
}

/** The DDL text (the only one for the data; see schema.sql). */
export function schemaSql(): string {
	return readSqlFile('schema.sql');
}

/** Create a new database at `path` (or in memory) with the schema applied. */
export function createDatabase(path = ':memory:'): Database.Database {
	const db = new Database(path);
	db.pragma('journal_mode = OFF');
	db.pragma('synchronous = OFF');
	db.exec(schemaSql());
	return db;
}

let shared: Database.Database | null = null;

/** The read-only connection the web server uses, opened once. */
export function getDb(): Database.Database {
	if (!shared) {
		shared = new Database(databasePath(), { readonly: true, fileMustExist: true });
		// An import may be committing from the planner pages or the command line: wait, don't fail.
		shared.pragma('busy_timeout = 5000');
	}
	return shared;
}

let writable: Database.Database | null = null;

/** A read-write connection for planner imports (the read-only one keeps serving pages). */
export function getWritableDb(): Database.Database {
	if (!writable) {
		writable = new Database(databasePath(), { fileMustExist: true });
		writable.pragma('busy_timeout = 5000');
	}
	return writable;
}
