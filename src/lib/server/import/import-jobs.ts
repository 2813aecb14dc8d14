/**
 * Planner imports and undos run in a worker thread, one at a time: parsing and checking a big
 * file takes seconds and memory, and must neither freeze the other requests nor keep that memory
 * afterwards. A file is capped in rows (before parsing) and the worker in heap; every refusal is
 * a French message for the page, never a 500.
 */
import { startTsWorker } from '../workers/ts-worker';
import type { UndoResult } from './history';
import type { RunImportOptions } from './run-import';
import type { JobReport } from '../../types/import';

/** Limits of an upload (the command line `npm run import` has none). */
export const UPLOAD_LIMITS = {
	/** Data rows of one file: the largest real files (IFN of every commune) have about 35 000. */
	maxRows: 200_000,
	/** Heap of the worker (MB); a file that needs more is refused. */
	maxHeapMb: 1024,
	/** Jobs waiting behind the running one; more are refused ("réessayez"). */
	maxWaiting: 2,
	/** A job running longer is stopped (ms). */
	timeoutMs: 10 * 60_000
};

/** One job for the worker. */
export type ImportJob =
	| { op: 'import'; dbPath: string; options: RunImportOptions }
	| { op: 'undo'; dbPath: string; id: number };

/** What the worker answers (before translation into French by `runJob`). */
export type JobResult =
	| { ok: true; report: JobReport }
	| { ok: true; undo: UndoResult }
	| { ok: false; code: string; message: string };

/** The result of a job for the page: a report, an undo result, or a French error. */
export type JobOutcome =
	| { ok: true; report: JobReport }
	| { ok: true; undo: UndoResult }
	| { ok: false; error: string; status: number };

function startWorker(job: ImportJob): Promise<JobResult> {
	return new Promise((done) => {
		const worker = startTsWorker('import/import-worker.ts', {
			workerData: job,
			resourceLimits: { maxOldGenerationSizeMb: UPLOAD_LIMITS.maxHeapMb }
		});
		let settled = false;
		const finish = (r: JobResult) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			done(r);
			void worker.terminate();
		};
		const timer = setTimeout(
			() => finish({ ok: false, code: 'TIMEOUT', message: 'job too long' }),
			UPLOAD_LIMITS.timeoutMs
		);
		worker.on('message', (r: JobResult) => finish(r));
		worker.on('error', (err: Error & { code?: string }) =>
			finish({ ok: false, code: err.code ?? 'ERROR', message: err.message })
		);
		worker.on('exit', (code) =>
			finish({ ok: false, code: 'EXIT', message: `worker exited with code ${code}` })
		);
	});
}

/** The French message for a failed job, and its HTTP status. */
export function jobError(code: string): { error: string; status: number } {
	if (code === 'ERR_WORKER_OUT_OF_MEMORY')
		return {
			error: `Fichier trop lourd à vérifier (plus de ${UPLOAD_LIMITS.maxHeapMb} Mo de mémoire) : découpez-le en plusieurs fichiers.`,
			status: 413
		};
	if (code === 'SQLITE_BUSY' || code === 'BUSY')
		return {
			error: 'Un autre import est en cours : réessayez dans quelques minutes.',
			status: 503
		};
	if (code === 'TIMEOUT')
		return {
			error: 'Import interrompu : il durait plus de 10 minutes. Découpez le fichier.',
			status: 413
		};
	return {
		error: 'L’import a échoué sans rien écrire. Réessayez ; si cela se reproduit, signalez-le.',
		status: 500
	};
}

let active = false;
const queue: (() => void)[] = [];

/** Wait for the worker slot; false (at once) when `maxWaiting` jobs already wait. */
function acquire(): Promise<boolean> {
	if (!active) {
		active = true;
		return Promise.resolve(true);
	}
	if (queue.length >= UPLOAD_LIMITS.maxWaiting) return Promise.resolve(false);
	return new Promise((go) => queue.push(() => go(true)));
}

function release(): void {
	const next = queue.shift();
	if (next) next();
	else active = false;
}

/**
 * Run a job in a worker after the ones before it. Refused at once when `maxWaiting` jobs already
 * wait, so that a burst of uploads cannot pile up memory.
 */
export async function runJob(job: ImportJob): Promise<JobOutcome> {
	if (!(await acquire())) return { ok: false, ...jobError('BUSY') };
	let r: JobResult;
	try {
		r = await startWorker(job);
	} finally {
		release();
	}
	if (!r.ok) {
		if (!['SQLITE_BUSY', 'ERR_WORKER_OUT_OF_MEMORY', 'TIMEOUT'].includes(r.code))
			console.error(`Import (worker) : ${r.code} ${r.message}`);
		return { ok: false, ...jobError(r.code) };
	}
	return r;
}
