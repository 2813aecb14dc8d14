// A database built from the real open data, for the integration tests that import into it.
import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { buildDatabase } from '../../src/lib/server/build/build-database';
import { sourceRoots } from '../../src/lib/server/sources/source-resolver';
import { withOpendata } from './opendata';

/**
 * Builds the database of `departements` from the open data (about 3 s for 04 alone). Call it in
 * the body of a describe, not in a hook: vitest skips the tests of a hook that throws, and
 * missing open data must fail them.
 */
export function buildFromOpendata(out: string, departements = ['04']): void {
	withOpendata(() => buildDatabase({ departements, out, roots: sourceRoots() }));
}

let copies = 0;
/** A writable copy of a built database, so that each test starts from the same rows. */
export function openCopy(built: string): Database.Database {
	const path = `${built}.copy-${++copies}.sqlite`;
	copyFileSync(built, path);
	return new Database(path);
}

const IMPORT_TABLES = [
	'sources',
	'lieux',
	'lieux_sources',
	'lieux_rtree',
	'tournees_arrets',
	'zones_desserte',
	'indicateurs'
];
/** Every row of the tables an import may change, in rowid order, to compare before and after. */
export const dumpImportTables = (db: Database.Database): string =>
	JSON.stringify(IMPORT_TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
