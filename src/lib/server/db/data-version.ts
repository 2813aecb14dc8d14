import type Database from 'better-sqlite3';

const serials = new WeakMap<Database.Database, number>();
// `db.pragma()` compiles its statement at each call; every request asks, so keep it compiled
const statements = new WeakMap<Database.Database, Database.Statement<[], number>>();
let nextSerial = 1;

/**
 * A number that changes whenever another connection commits to the database (an import from the
 * planner pages or the command line) and whenever the server opens a new connection (after a
 * rebuild), so in-memory indexes and caches know to rebuild. SQLite's `data_version` alone
 * restarts with each connection, so it is combined with a serial number of the connection.
 */
export function dataVersion(db: Database.Database): number {
	let serial = serials.get(db);
	if (serial === undefined) serials.set(db, (serial = nextSerial++));
	let st = statements.get(db);
	if (!st) statements.set(db, (st = db.prepare<[], number>('PRAGMA data_version').pluck()));
	return serial * 2 ** 32 + (st.get() as number);
}
