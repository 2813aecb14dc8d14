import type Database from 'better-sqlite3';

/**
 * A number that changes whenever another connection commits to the database (an import from the
 * planner pages or the command line), so in-memory indexes and caches know to rebuild.
 */
export function dataVersion(db: Database.Database): number {
	return db.pragma('data_version', { simple: true }) as number;
}
