/**
 * Worker thread of the national tiles (see tile-service.ts): builds the tile index level by level
 * (seconds, hundreds of MB for the whole country) away from the request thread, and answers each
 * tile request with the tile, raw and gzipped. A request for a level not indexed yet waits for it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '../db/connection';
import { canCut, encodeTile, type TileIndex } from './tile-index';
import { buildTileIndex } from './tile-source';
import type { TileReply, TileRequest } from './tile-messages';

const port = parentPort;
if (!port) throw new Error('tile-worker.ts runs as a worker thread');
const post = (m: TileReply) => port.postMessage(m);

const index: TileIndex = { shapes: {} };
let waiting: TileRequest[] = [];

function answer({ id, z, x, y, offset }: TileRequest) {
	try {
		const raw = encodeTile(index, z, x, y, offset);
		const gz = raw.length ? new Uint8Array(gzipSync(raw)) : raw;
		post({ type: 'tile', id, raw, gz });
	} catch (err) {
		post({ type: 'tile-error', id, message: String(err) });
	}
}

port.on('message', (req: TileRequest) => {
	if (canCut(index, req.z, req.offset)) answer(req);
	else waiting.push(req);
});

async function build(dbPath: string) {
	const t0 = performance.now();
	const db = openDatabase(dbPath, { readOnly: true });
	try {
		let first = true;
		for (const step of buildTileIndex(db, index)) {
			if (first) post({ type: 'ready', ms: Math.round(performance.now() - t0) });
			first = false;
			post({ type: 'step', ...step });
			const still: TileRequest[] = [];
			for (const req of waiting)
				(canCut(index, req.z, req.offset) ? answer : still.push.bind(still))(req);
			waiting = still;
			// Let the requests that came during the step in before the next one.
			await new Promise((r) => setImmediate(r));
		}
	} finally {
		db.close();
	}
	post({
		type: 'complete',
		ms: Math.round(performance.now() - t0),
		heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20)
	});
}

build((workerData as { dbPath: string }).dbPath).catch((err) =>
	post({ type: 'failed', message: String((err as Error)?.stack ?? err) })
);
