import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate } from './migrate';

/** Path of the database: `$MAILLAGE_DB`, else `data/maillage.sqlite`. */
export function databasePath(env = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.MAILLAGE_DB || 'data/maillage.sqlite');
}

/** Create a new database at `path` (or in memory) with every migration applied. */
export function createDatabase(path = ':memory:'): Database.Database {
	const db = new Database(path);
	db.pragma('journal_mode = OFF');
	db.pragma('synchronous = OFF');
	// Pages freed by pruned import logs can be given back without a full VACUUM.
	db.pragma('auto_vacuum = INCREMENTAL');
	migrate(db, 'data');
	return db;
}

/**
 * Open an existing database for the server, an import or a script, in WAL mode: readers never
 * wait for a writer, and a writer killed mid-way (Ctrl-C, `kill -9`) leaves only uncommitted WAL
 * frames that every later reader ignores. The connection is read-write even when it only reads,
 * so that SQLite can roll back a hot journal left by a database still in the older rollback mode
 * (a read-only connection cannot, and every query then fails). A database built by an older
 * version is upgraded first (see migrate.ts).
 */
export function openDatabase(
	path: string,
	options: { readOnly?: boolean } = {}
): Database.Database {
	const db = new Database(path, { fileMustExist: true });
	// An import may be committing from the planner pages or the command line: wait, don't fail.
	db.pragma('busy_timeout = 5000');
	if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
		try {
			db.pragma('journal_mode = WAL');
		} catch {
			// Another process holds the database (it is converting it, or importing): keep the
			// current mode, readers still work; the next open converts it.
		}
	}
	// In WAL mode NORMAL loses no committed transaction on a process crash, only on power loss.
	db.pragma('synchronous = NORMAL');
	// A big import (or its preview, rolled back) grows the WAL; cut it back when it restarts.
	db.pragma('journal_size_limit = 67108864');
	migrate(db, 'data');
	if (options.readOnly) db.pragma('query_only = ON');
	return db;
}

/**
 * After a big write: copy the WAL into the database and truncate it, so that the disk holds one
 * copy of the data. Waits for readers at most the busy timeout; a failure only leaves the WAL.
 */
export function truncateWal(db: Database.Database): void {
	try {
		db.pragma('wal_checkpoint(TRUNCATE)');
	} catch {
		/* busy or closed: the next checkpoint does it */
	}
}

/**
 * Copy the WAL into the database and empty it, waiting for a writer at most `waitMs`: true when
 * the WAL is empty after it (throws where the database cannot be read).
 */
export function emptyWal(db: Database.Database, waitMs: number): boolean {
	db.pragma(`busy_timeout = ${Math.floor(waitMs)}`);
	const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
	return r.busy === 0 && r.log === 0;
}

/** Identity of the file at `path` (a rebuild renames a new file over it), or null if absent. */
function fileIdentity(path: string): string | null {
	try {
		const s = statSync(path);
		return `${s.dev}:${s.ino}`;
	} catch {
		return null;
	}
}

interface Opened {
	path: string;
	identity: string | null;
	reader: Database.Database;
	writer: Database.Database | null;
}
let opened: Opened | null = null;

/**
 * The server's connections, reopened when `db:build` has replaced the file since they were
 * opened (a new inode). Checked at each call, so a switch happens between two requests; the
 * old connections are closed first, which checkpoints the old file's WAL before the new one is
 * used. (Modification times are not compared: a WAL checkpoint changes them too.)
 */
function current(): Opened {
	const path = databasePath();
	if (opened) {
		const identity = fileIdentity(path);
		// A missing file (between a delete and a rename) keeps the open one serving.
		if (opened.path === path && (identity === null || identity === opened.identity)) return opened;
		closeServerDatabase();
	}
	const reader = openDatabase(path, { readOnly: true });
	opened = { path, identity: fileIdentity(path), reader, writer: null };
	return opened;
}

/** The connection the web server reads with (query only, WAL, switched after a rebuild). */
export function getDb(): Database.Database {
	return current().reader;
}

/** A read-write connection for the planner's undo (the read connection keeps serving pages). */
export function getWritableDb(): Database.Database {
	const o = current();
	o.writer ??= openDatabase(o.path);
	return o.writer;
}

/** Close the server's connections (the next call to getDb opens them again). */
export function closeServerDatabase(): void {
	if (!opened) return;
	for (const db of [opened.writer, opened.reader])
		try {
			db?.close();
		} catch {
			/* already closed */
		}
	opened = null;
}

/** Whether the database has a table of this name (an old database may lack a newer one). */
export function hasTable(db: Database.Database, name: string): boolean {
	return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}
