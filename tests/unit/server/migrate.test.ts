import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDatabase, openDatabase } from '$lib/server/db/connection';
import { migrate, migrations, schemaVersion, type Schema } from '$lib/server/db/migrate';
import { compteByEmail, openAccounts, sessionCompte } from '$lib/server/db/accounts';
import { listImports } from '$lib/server/db/import-history';
import { getLieu } from '$lib/server/db/lieux';

const dir = mkdtempSync(join(tmpdir(), 'maillage-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The DDL of a schema's first `steps` steps, run without a version number: the layout of a
 * database built before steps were numbered. Commit 8065bdf built steps 1 and 2 of the data
 * (import history included) and step 1 of the accounts; a released step is never edited.
 */
const legacy = (schema: Schema, steps: number) =>
	migrations(schema)
		.slice(0, steps)
		.map((m) => m.sql)
		.join('\n');
const LATEST = migrations('data').length;

/** Tables, indexes and the columns of each table, to compare two databases' layouts. */
function layout(db: Database.Database) {
	return db
		.prepare<[], { type: string; name: string }>(
			"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
		)
		.all()
		.map((o) => ({ ...o, columns: o.type === 'table' ? db.pragma(`table_info(${o.name})`) : [] }));
}

/** Every row of every table, to check that an upgrade loses none. */
/** Every row of the tables; with `like`, only the columns that dump had (later steps add some). */
function dump(db: Database.Database, tables: string[], like?: Record<string, unknown[]>) {
	return Object.fromEntries(
		tables.map((t) => {
			const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<
				string,
				unknown
			>[];
			const cols = like?.[t]?.[0] ? Object.keys(like[t][0] as object) : null;
			return [t, cols ? rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]]))) : rows];
		})
	);
}

const DATA_TABLES = [
	'sources',
	'departements',
	'communes',
	'lieux',
	'lieux_sources',
	'lieux_rtree'
];

/** A database file made with the old DDL text, holding one help point and its territory. */
function legacyDatabase(name: string, ddl: string): string {
	const path = join(dir, name);
	const db = new Database(path);
	db.exec(ddl);
	db.exec(`
		INSERT INTO sources VALUES ('cog', 'COG', 'Insee', 'Licence Ouverte', '2024', '');
		INSERT INTO departements VALUES ('04', 'Alpes-de-Haute-Provence', '93', 164308, NULL, 'cog');
		INSERT INTO communes (code, nom, departement, population, lat, lon, geom_status, source)
		VALUES ('04070', 'Digne-les-Bains', '04', 16000, 44.09, 6.23, 'exact', 'cog');
		INSERT INTO lieux (id, kind, nom, code_insee, commune, departement, lat, lon, date_maj, source)
		VALUES (1, 'mediation', 'Atelier', '04070', 'Digne-les-Bains', '04', 44.09, 6.23, '2024-01-01', 'cog');
		INSERT INTO lieux_sources VALUES (1, 'cog', 'a1', 'Atelier', '2024-01-01');
		INSERT INTO lieux_rtree VALUES (1, 44.09, 44.09, 6.23, 6.23);`);
	db.close();
	return path;
}

describe('migrations of the open-data database', () => {
	it('are numbered 1, 2, 3… and a new database gets them all', () => {
		expect(migrations('data').map((m) => m.version)).toEqual(
			Array.from({ length: LATEST }, (_, i) => i + 1)
		);
		const db = createDatabase();
		expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
		expect(listImports(db)).toEqual([]);
		db.close();
	});

	it('upgrade a database built by commit 8065bdf (no user_version) without losing a row', () => {
		const path = legacyDatabase('8065bdf.sqlite', legacy('data', 2));
		const old = new Database(path);
		old.exec(`INSERT INTO imports (date, fichier, type) VALUES ('2025-01-01T10:00:00Z', 'a.csv', 'lieux');
			INSERT INTO import_changes (import_id, table_name, row_key, action, apres)
			VALUES (1, 'lieux', '{"id":1}', 'insert', '{}');`);
		const before = dump(old, [...DATA_TABLES, 'imports', 'import_changes']);
		expect(old.pragma('user_version', { simple: true })).toBe(0);
		old.close();

		const db = openDatabase(path, { readOnly: true }); // the server's connection
		expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
		expect(dump(db, [...DATA_TABLES, 'imports', 'import_changes'], before)).toEqual(before);
		expect(getLieu(db, 1)?.sources.map((s) => s.source_id)).toEqual(['a1']);
		expect(listImports(db).map((i) => [i.fichier, i.changements])).toEqual([['a.csv', 1]]);
		const fresh = createDatabase();
		expect(layout(db)).toEqual(layout(fresh));
		fresh.close();
		db.close();
	});

	it('upgrade a database built before the import history existed: its tables are added', () => {
		const path = legacyDatabase('no-history.sqlite', legacy('data', 1));
		const db = new Database(path);
		const before = dump(db, DATA_TABLES);
		expect(schemaVersion(db, 'data')).toBe(1);
		expect(migrate(db, 'data')).toBe(LATEST);
		expect(schemaVersion(db, 'data')).toBe(LATEST);
		expect(dump(db, DATA_TABLES, before)).toEqual(before);
		expect(listImports(db)).toEqual([]);
		db.close();
	});

	it('write nothing to an up-to-date database (a query-only connection opens it)', () => {
		const db = createDatabase();
		db.pragma('query_only = ON');
		expect(migrate(db, 'data')).toBe(LATEST);
		db.close();
	});

	it('refuse a database that is not Maillage’s, or comes from a newer version', () => {
		const other = new Database(':memory:');
		other.exec('CREATE TABLE t (x)');
		expect(() => migrate(other, 'data')).toThrow(/pas une base Maillage/);
		expect(layout(other).map((o) => o.name)).toEqual(['t']);
		const newer = createDatabase();
		newer.pragma(`user_version = ${LATEST + 1}`);
		expect(() => migrate(newer, 'data')).toThrow(/version plus récente/);
		expect(newer.pragma('user_version', { simple: true })).toBe(LATEST + 1);
	});
});

describe('migrations of the accounts database', () => {
	it('upgrade an accounts database made by commit 8065bdf, keeping accounts and sessions', () => {
		const path = join(dir, 'comptes-8065bdf.sqlite');
		const old = new Database(path);
		old.exec(legacy('accounts', 1));
		old.exec(`INSERT INTO comptes (email, nom, hash, cree_le) VALUES ('a@b.fr', 'A', 'h', '2025-01-01');
			INSERT INTO sessions VALUES ('tok', 1, '2999-01-01T00:00:00Z');`);
		const before = dump(old, ['comptes', 'sessions']);
		old.close();

		const db = openAccounts(path);
		expect(db.pragma('user_version', { simple: true })).toBe(migrations('accounts').length);
		expect(dump(db, ['comptes', 'sessions'])).toEqual(before);
		expect(compteByEmail(db, 'A@B.FR')?.id).toBe(1);
		expect(sessionCompte(db, 'tok', new Date('2026-01-01'))?.email).toBe('a@b.fr');
		const fresh = openAccounts(':memory:');
		expect(layout(db)).toEqual(layout(fresh));
		fresh.close();
		db.close();
	});
});
