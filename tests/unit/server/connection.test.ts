import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { closeServerDatabase, getDb, getWritableDb, openDatabase } from '$lib/server/db/connection';
import { dataVersion } from '$lib/server/db/data-version';
import { migrate } from '$lib/server/db/migrate';
import { emptyOldWal, removeStaleBuildFiles } from '$lib/server/build/stale-files';

const dir = mkdtempSync(join(tmpdir(), 'maillage-connection-'));
const saved = process.env.MAILLAGE_DB;
afterEach(() => closeServerDatabase());
afterAll(() => {
	process.env.MAILLAGE_DB = saved;
	rmSync(dir, { recursive: true, force: true });
});

/** A small Maillage database with `n` rows in an extra table t, in the given journal mode. */
function make(path: string, n: number, mode: 'delete' | 'wal') {
	const db = new Database(path);
	db.pragma(`journal_mode = ${mode}`);
	migrate(db, 'data');
	db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
	const st = db.prepare('INSERT INTO t (v) VALUES (?)');
	db.transaction(() => {
		for (let i = 0; i < n; i++) st.run('x'.repeat(200));
	})();
	db.close();
}

/** A process that writes to `path` in a transaction and is killed (SIGKILL) before committing. */
function killedWriter(path: string) {
	const code = `
		const Database = require('better-sqlite3');
		const db = new Database(${JSON.stringify(path)});
		db.pragma('cache_size = 1'); // pages go to the file (and journal) before the commit
		db.exec('BEGIN');
		const st = db.prepare('INSERT INTO t (v) VALUES (?)');
		for (let i = 0; i < 5000; i++) st.run('y'.repeat(200));
		db.exec('DELETE FROM t WHERE id < 100');
		process.kill(process.pid, 'SIGKILL');`;
	const r = spawnSync(process.execPath, ['-e', code], { cwd: process.cwd() });
	expect(r.signal).toBe('SIGKILL');
}

const count = (db: Database.Database) =>
	(db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;

describe('the server connection after a killed import', () => {
	it('recovers the hot journal of a database in the older rollback mode', () => {
		const path = join(dir, 'rollback.sqlite');
		make(path, 1000, 'delete');
		killedWriter(path);
		expect(existsSync(`${path}-journal`)).toBe(true); // the hot journal the old server choked on
		process.env.MAILLAGE_DB = path;
		expect(count(getDb())).toBe(1000);
		expect(getDb().pragma('journal_mode', { simple: true })).toBe('wal');
	});

	it('ignores the uncommitted writes of a killed writer in WAL mode, and writes after it', () => {
		const path = join(dir, 'wal.sqlite');
		make(path, 1000, 'wal');
		process.env.MAILLAGE_DB = path;
		expect(count(getDb())).toBe(1000);
		killedWriter(path);
		expect(count(getDb())).toBe(1000);
		getWritableDb().prepare('INSERT INTO t (v) VALUES (?)').run('z');
		expect(count(getDb())).toBe(1001);
	});

	it('refuses to write through the read connection', () => {
		const path = join(dir, 'ro.sqlite');
		make(path, 1, 'wal');
		process.env.MAILLAGE_DB = path;
		expect(() => getDb().exec('DELETE FROM t')).toThrow(/readonly|query_only/i);
	});
});

describe('a rebuild under a running server', () => {
	it('switches to the new file between requests, for reads, writes and caches', () => {
		const path = join(dir, 'served.sqlite');
		make(path, 45, 'wal');
		process.env.MAILLAGE_DB = path;
		const before = getDb();
		expect(count(before)).toBe(45);
		const version = dataVersion(before);
		getWritableDb().prepare('INSERT INTO t (v) VALUES (?)').run('planner'); // WAL in use
		const next = join(dir, 'served.sqlite.tmp-1');
		make(next, 40, 'wal');
		expect(emptyOldWal(path)).toBe(true); // what the build does before its rename
		renameSync(next, path);
		expect(count(getDb())).toBe(40);
		expect(dataVersion(getDb())).not.toBe(version);
		getWritableDb().prepare('INSERT INTO t (v) VALUES (?)').run('after');
		closeServerDatabase();
		const check = openDatabase(path);
		expect(count(check)).toBe(41);
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();
	});

	it('does not rename over a database while an import writes to it', () => {
		const path = join(dir, 'busy.sqlite');
		make(path, 3, 'wal');
		const importer = openDatabase(path);
		importer.exec('BEGIN IMMEDIATE');
		importer.prepare('INSERT INTO t (v) VALUES (?)').run('in progress');
		const reader = openDatabase(path, { readOnly: true });
		reader.pragma('busy_timeout = 0');
		expect(count(reader)).toBe(3);
		expect(emptyOldWal(path, 100)).toBe(false);
		importer.exec('COMMIT');
		expect(emptyOldWal(path)).toBe(true);
		reader.close();
		importer.close();
	});
});

describe('files of a killed build', () => {
	it('removes the temporary files of dead builds only', () => {
		const out = join(dir, 'maillage.sqlite');
		const names = ['.tmp-111', '.tmp-111-journal', '.tmp-222', '.tmp-222-wal', '.tmp-x', '-wal'];
		for (const n of names) writeFileSync(out + n, 'x');
		const removed = removeStaleBuildFiles(out, (pid) => pid === 222);
		expect(removed.sort()).toEqual(['maillage.sqlite.tmp-111', 'maillage.sqlite.tmp-111-journal']);
		expect(existsSync(out + '.tmp-222')).toBe(true);
		expect(existsSync(out + '.tmp-x')).toBe(true);
		expect(existsSync(out + '-wal')).toBe(true);
	});
});
