import type Database from 'better-sqlite3';
import type { BuildInfoRow } from '../../types/rows';

/**
 * True when the database holds the whole country (`npm run db:build` without `--departements`,
 * as `npm start` builds it); false for a quick build of a few départements.
 */
export function builtForWholeCountry(db: Database.Database): boolean {
	const value = db
		.prepare<[], BuildInfoRow['value']>("SELECT value FROM build_info WHERE key = 'departements'")
		.pluck()
		.get();
	return value === 'all';
}
