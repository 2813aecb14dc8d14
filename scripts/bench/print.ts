// Print timings: an A4 PDF map sheet of a département and a commune poster, through the same code
// as the endpoints (database → SVG → Chromium → PDF), median of a few runs after a warm-up.
import Database from 'better-sqlite3';
import { getDb } from '../../src/lib/server/db/connection';
import { parsePosterParams, parseSheetParams } from '../../src/lib/print/print-params';
import { printPoster, printSheet } from '../../src/lib/server/print/print-output';
import { closePrintBrowser } from '../../src/lib/server/print/print-browser';
import type { BenchLine } from './build';

const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
	await run(); // warm-up: browser launch, caches
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		await run();
		times.push((performance.now() - t0) / 1000);
	}
	return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/**
 * Median seconds for an A4 PDF sheet of 04 (lieux theme) and the poster of Digne-les-Bains, on the
 * database at `dbPath` (default: `$MAILLAGE_DB` or data/maillage.sqlite); 04 must be built in it.
 */
export async function benchPrint(dbPath?: string): Promise<BenchLine[]> {
	const db = dbPath ? new Database(dbPath, { readonly: true, fileMustExist: true }) : getDb();
	const ctx = { origin: 'http://localhost:3000', now: new Date() };
	const sheet = parseSheetParams(
		new URLSearchParams('territoire=04&theme=lieux&format=A4-portrait')
	);
	const poster = parsePosterParams(new URLSearchParams('commune=04070'));
	if (!sheet.ok || !poster.ok) throw new Error('paramètres du banc invalides');
	try {
		const s = await median(() => printSheet(db, sheet.value, ctx, 'pdf'));
		const p = await median(() => printPoster(db, poster.value, ctx, 'pdf'));
		return [
			{
				name: 'feuille A4 PDF, département 04 (lieux)',
				value: `${s.toFixed(2)} s`,
				target: '< 3 s',
				ok: s < 3
			},
			{
				name: 'affiche de commune PDF (04070)',
				value: `${p.toFixed(2)} s`,
				target: '< 1.5 s',
				ok: p < 1.5
			}
		];
	} finally {
		await closePrintBrowser();
	}
}
