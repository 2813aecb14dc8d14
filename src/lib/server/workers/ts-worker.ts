/**
 * Worker threads that run TypeScript modules of `src/lib/server` (the planner imports, the
 * national tiles): loaded through tsx, a runtime dependency, from the source next to this file
 * in development, else from the project's `src/` (the bundled server has no such file beside it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The URL of a worker module given by its path under `src/lib/server/` (`tiles/tile-worker.ts`). */
export function workerEntry(path: string): string {
	const here = new URL(`../${path}`, import.meta.url);
	if (here.protocol === 'file:' && existsSync(fileURLToPath(here))) return here.href;
	return pathToFileURL(resolve(process.cwd(), 'src/lib/server', path)).href;
}

/** Start the worker module at `path` (under `src/lib/server/`) through tsx. */
export function startTsWorker(path: string, options: WorkerOptions): Worker {
	const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerEntry(path))}); })`;
	return new Worker(boot, { ...options, eval: true });
}
