import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptyWal } from '../db/connection';

/** True while a process with this id runs (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Remove what builds killed before their rename left next to `out`: `<out>.tmp-<pid>` and its
 * `-journal`, `-wal` and `-shm` files, only when process `pid` is gone (a build still running
 * keeps its files). Returns the names removed.
 */
export function removeStaleBuildFiles(out: string, alive = processAlive): string[] {
	const dir = dirname(out);
	if (!existsSync(dir)) return [];
	const prefix = `${basename(out)}.tmp-`;
	const removed: string[] = [];
	for (const name of readdirSync(dir)) {
		if (!name.startsWith(prefix)) continue;
		const m = /^(\d+)(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length));
		if (!m || alive(Number(m[1]))) continue;
		rmSync(join(dir, name), { force: true });
		removed.push(name);
	}
	return removed;
}

/**
 * Before a new file is renamed over `out`: move the WAL of the database being replaced into it
 * and empty it. SQLite finds a WAL by file name, so frames left there would be read as pages
 * of the new file. False when a writer (an import) holds the database and the WAL cannot be
 * emptied within `waitMs`: the caller must not rename then.
 */
export function emptyOldWal(out: string, waitMs = 5000): boolean {
	if (!existsSync(out) || !existsSync(`${out}-wal`)) return true;
	let old: Database.Database;
	try {
		old = new Database(out, { fileMustExist: true });
	} catch {
		return true; // not a database: nothing of it can be read through the new file
	}
	try {
		return emptyWal(old, waitMs);
	} catch {
		return false;
	} finally {
		old.close();
	}
}
