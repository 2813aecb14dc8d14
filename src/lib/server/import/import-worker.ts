/**
 * Worker thread of the planner imports (see import-jobs.ts): opens its own connection, runs one
 * import or undo, posts the result and ends, so that the request thread keeps answering and the
 * memory of a big file is returned when the worker exits.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, truncateWal } from '../db/connection';
import { undoImport } from './history';
import { runImport } from './run-import';
import type { ImportJob, JobResult } from './import-jobs';

/** Problems sent back to the page: it shows 200, and copying millions would cost more. */
const ISSUES_SENT = 200;

function run(job: ImportJob): JobResult {
	const db = openDatabase(job.dbPath);
	try {
		if (job.op === 'undo') return { ok: true, undo: undoImport(db, job.id) };
		const report = runImport(db, job.options);
		const totalIssues = report.issues.length;
		return {
			ok: true,
			report: { ...report, issues: report.issues.slice(0, ISSUES_SENT), totalIssues }
		};
	} finally {
		truncateWal(db);
		db.close();
	}
}

// On Linux this lowers the priority of this thread only: the request thread gets the processor
// first, and the import uses what is left.
try {
	setPriority(10);
} catch {
	/* not allowed: normal priority */
}

let result: JobResult;
try {
	result = run(workerData as ImportJob);
} catch (err) {
	const e = err as { code?: string; message?: string };
	result = { ok: false, code: e.code ?? 'ERROR', message: e.message ?? String(err) };
}
parentPort?.postMessage(result);
