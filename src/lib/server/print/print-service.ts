/**
 * Print requests under load: identical outputs come from a memory cache keyed by the data
 * version and the parameters; Chromium renders (PDF, PNG) go through the bounded queue; a
 * client that leaves stops its render. SVG needs no browser and skips the queue.
 */
import type Database from 'better-sqlite3';
import { formatDate } from '../../labels';
import { dataVersion } from '../db/data-version';
import type { PosterParams, SheetParams } from '../../print/print-params';
import type { PrintContext } from './print-data';
import { printPoster, printSheet, type OutputKind, type PrintFile } from './print-output';
import { PrintCache } from './print-cache';
import { printQueue } from './render-queue';
import { printDossier, type DossierKind } from './dossier-output';

/** A request the data cannot answer (unknown territory or commune): a 404 in French. */
export class PrintNotFoundError extends Error {}

const cache = new PrintCache<PrintFile>({ maxEntries: 64, maxBytes: 64 * 1024 * 1024 });

export type PrintRequest =
	| { what: 'sheet'; params: SheetParams }
	| { what: 'poster'; params: PosterParams };

/** One output to serve: the database, the request, its context and the kind of file. */
interface PrintJob {
	db: Database.Database;
	req: PrintRequest;
	ctx: PrintContext;
	kind: OutputKind;
}

/**
 * The cache key of an output: everything it depends on — kind, parameters, printed address,
 * day of printing (it is on the sheet) and data version. Null when it must not be kept (a logo).
 */
export function printKey({ db, req, ctx, kind }: PrintJob): string | null {
	if (ctx.logo) return null;
	const day = formatDate(ctx.now.toISOString());
	return JSON.stringify([req.what, kind, req.params, ctx.origin, day, dataVersion(db)]);
}

async function render({ db, req, ctx, kind }: PrintJob, signal?: AbortSignal): Promise<PrintFile> {
	const r =
		req.what === 'sheet'
			? await printSheet(db, req.params, ctx, kind, signal)
			: await printPoster(db, req.params, ctx, kind, signal);
	if (!r.ok) throw new PrintNotFoundError(r.error);
	return r.file;
}

/**
 * The file of a print request. Rejects with PrintNotFoundError (404), QueueFullError (503) or
 * RenderAbortedError (the client left).
 */
export function servePrint(
	db: Database.Database,
	req: PrintRequest,
	ctx: PrintContext,
	kind: OutputKind,
	signal?: AbortSignal
): Promise<PrintFile> {
	const job: PrintJob = { db, req, ctx, kind };
	const run = (s?: AbortSignal) =>
		kind === 'svg' ? render(job, s) : printQueue.run((q) => render(job, q), s);
	const key = printKey(job);
	return key ? cache.getOrRender(key, run, signal) : run(signal);
}

/**
 * The territorial dossier of a département or an EPCI (PDF or zip of its tables), through the
 * same cache and, for the PDF, the same bounded render queue as the sheets.
 */
export function serveDossier(
	db: Database.Database,
	code: string,
	ctx: PrintContext,
	kind: DossierKind,
	signal?: AbortSignal
): Promise<PrintFile> {
	const render = async (s?: AbortSignal) => {
		const r = await printDossier(db, code, ctx, kind, s);
		if (!r.ok) throw new PrintNotFoundError(r.error);
		return r.file;
	};
	const run = (s?: AbortSignal) => (kind === 'zip' ? render(s) : printQueue.run(render, s));
	const day = formatDate(ctx.now.toISOString());
	const key = JSON.stringify(['dossier', kind, code, ctx.origin, day, dataVersion(db)]);
	return cache.getOrRender(key, run, signal);
}
