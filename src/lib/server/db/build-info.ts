import type Database from 'better-sqlite3';
import type { BuildInfoRow } from '../../types/rows';
import { dataVersion } from './data-version';

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

/** What identifies the data being served: when it was built, for which départements, and how. */
export interface DataIdentity {
	/** `dataVersion`: changes at each import and after a rebuild (for caches, not for people). */
	version: number;
	/** ISO date of the build, or null for a database made by hand. */
	construite_le: string | null;
	/**
	 * ISO date of the last change to the data served: the build, an import or an undo. Two
	 * instances serving the same file say the same (unlike `version`, which is per process).
	 */
	modifiee_le: string | null;
	/** `all`, or the départements built (`04,03,40`). */
	departements: string | null;
	/** The last migration step applied (`PRAGMA user_version`). */
	schema: number;
}

const identities = new WeakMap<Database.Database, DataIdentity>();

/** The identity of the data, read once per data version (a health check costs one pragma). */
export function dataIdentity(db: Database.Database): DataIdentity {
	const version = dataVersion(db);
	const known = identities.get(db);
	if (known?.version === version) return known;
	const rows = db
		.prepare<
			[],
			BuildInfoRow
		>("SELECT key, value FROM build_info WHERE key IN ('date', 'departements')")
		.all();
	const info = new Map(rows.map((r) => [r.key, r.value]));
	const imports = db
		.prepare<
			[],
			{ done: string | null; undone: string | null }
		>('SELECT max(date) AS done, max(annule_le) AS undone FROM imports')
		.get();
	// ISO instants: the greatest string is the latest
	const dates = [info.get('date'), imports?.done, imports?.undone].filter((d): d is string => !!d);
	const identity: DataIdentity = {
		version,
		construite_le: info.get('date') ?? null,
		modifiee_le: dates.sort().at(-1) ?? null,
		departements: info.get('departements') ?? null,
		schema: db.pragma('user_version', { simple: true }) as number
	};
	identities.set(db, identity);
	return identity;
}
