/**
 * Schema versions. Each database's DDL is a numbered series of steps in `migrations/<schema>/`
 * (`001-initial.sql`, `002-….sql`…); `PRAGMA user_version` holds the last step applied. Opening
 * or building a database applies the missing steps, in one transaction, so a database built by
 * an older version of Maillage is upgraded in place. A step, once released, is never edited:
 * a change to the schema is a new file.
 */
import type Database from 'better-sqlite3';
import { sqlFiles } from './sql-file';

/** The open-data database (rebuilt by `db:build`) and the planner accounts (never rebuilt). */
export type Schema = 'data' | 'accounts';

/** One step: `NNN-name.sql` brings a database from version NNN - 1 to NNN. */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/**
 * Databases made before steps were numbered have user_version 0: their version is told by the
 * tables they hold. Each table named here was created by the step given.
 */
const UNNUMBERED: Record<Schema, [table: string, version: number][]> = {
	data: [
		['lieux', 1],
		['imports', 2] // created by the first import, or by builds since it existed
	],
	accounts: [['comptes', 1]]
};

const cache = new Map<Schema, Migration[]>();

/** The steps of a schema, checked to be numbered 1, 2, 3… without a gap. */
export function migrations(schema: Schema): Migration[] {
	let steps = cache.get(schema);
	if (!steps) {
		steps = sqlFiles(`migrations/${schema}`).map(({ name, sql }, i) => {
			const version = Number(/^(\d+)-/.exec(name)?.[1]);
			if (version !== i + 1)
				throw new Error(`migrations/${schema}/${name}: step ${i + 1} expected`);
			return { version, name, sql };
		});
		cache.set(schema, steps);
	}
	return steps;
}

/** The version of a database: its user_version, or what its tables show when it has none. */
export function schemaVersion(db: Database.Database, schema: Schema): number {
	const numbered = db.pragma('user_version', { simple: true });
	if (typeof numbered === 'number' && numbered > 0) return numbered;
	const tables = new Set(
		db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
	);
	if (tables.size === 0) return 0;
	let version = 0;
	for (const [table, v] of UNNUMBERED[schema]) if (tables.has(table)) version = v;
	if (version === 0)
		throw new Error(
			`${db.name} n’est pas une base Maillage (${schema}) : ses tables ne sont pas celles attendues.`
		);
	return version;
}

/**
 * Bring a database to the latest version of its schema (a new, empty one included); returns
 * that version. Writes nothing when the database is up to date. The steps run in one
 * immediate transaction that reads the version again, so two processes opening the same old
 * database apply them once; a failed step leaves the database as it was. A database made by a
 * newer version of Maillage is refused rather than misread.
 */
export function migrate(db: Database.Database, schema: Schema): number {
	const steps = migrations(schema);
	const latest = steps.length;
	const check = () => {
		const v = schemaVersion(db, schema);
		if (v > latest)
			throw new Error(
				`${db.name} vient d’une version plus récente de Maillage (schéma ${schema} ${v}, celle-ci connaît ${latest}).`
			);
		return v;
	};
	// Up to date and numbered: nothing to write.
	if (check() === latest && db.pragma('user_version', { simple: true }) === latest) return latest;
	db.transaction(() => {
		for (const step of steps.slice(check())) db.exec(step.sql);
		db.pragma(`user_version = ${latest}`);
	}).immediate();
	return latest;
}
