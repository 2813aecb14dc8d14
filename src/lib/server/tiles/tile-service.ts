/**
 * The national vector tiles, served from the request thread without ever blocking it: a worker
 * (tile-worker.ts) builds the index of the data version in force and cuts the tiles; finished
 * tiles are kept in memory by data version. After an import or a rebuild (a new data version) a
 * new worker builds the new index while the old one keeps answering; until a first index is
 * ready a request waits a little, then gets a 503 with Retry-After.
 */
import type { Worker } from 'node:worker_threads';
import { databasePath, getDb } from '../db/connection';
import { dataVersion } from '../db/data-version';
import { PrintCache } from '../print/print-cache';
import { startTsWorker } from '../workers/ts-worker';
import type { TileCoord } from '../../params/tile';
import type { ZoomOffset } from '../../map/national-levels';
import type { TileReply, TileRequest } from './tile-messages';

/** Bounds of the service (defaults chosen for one machine serving the whole country). */
export const TILE_LIMITS = {
	/** A request waits this long for a first index before a 503 (ms): the country takes ~6 s. */
	readyWaitMs: 20_000,
	/** A tile taking longer is given up with a 503 (ms). */
	tileTimeoutMs: 30_000,
	/** After a failed build, requests get a 503 for this long before a new try (ms). */
	retryFailedMs: 30_000,
	/** Seconds in Retry-After. */
	retryAfterS: 5,
	/** Tiles kept in memory: raw bytes (the gzipped copies are smaller), and count. */
	cacheBytes: 64 * 2 ** 20,
	cacheEntries: 50_000,
	/** Heap of the worker (MB): the whole country needs about 400. */
	maxHeapMb: 2048
};

/** A finished tile: the vector tile and its gzipped copy (what most browsers take). */
export interface TileFile {
	body: Uint8Array;
	gz: Uint8Array;
}

/** A tile and the data version it was cut from, or a French refusal to retry later. */
export type TileAnswer =
	| { ok: true; file: TileFile; version: number }
	| { ok: false; error: string; retryAfter: number };

interface Generation {
	version: number;
	worker: Worker;
	/** Resolves true when it answers (the national view is indexed), false if it never will. */
	ready: Promise<boolean>;
	settle: (ok: boolean) => void;
	/**
	 * building → answering (the national view is indexed, deeper tiles wait in the worker for
	 * their level) → complete; `stopped`: replaced or outdated, terminated on purpose.
	 */
	state: 'building' | 'answering' | 'complete' | 'failed' | 'stopped';
	pending: Map<number, { resolve: (f: TileFile) => void; reject: (e: Error) => void }>;
	buildMs?: number;
	heapMb?: number;
}

/** The complete generation answering, and the one building for a newer data version. */
let serving: Generation | null = null;
let building: Generation | null = null;
let lastFailure: { version: number; at: number } | null = null;
let nextId = 1;
const cache = new PrintCache<TileFile>({
	maxEntries: TILE_LIMITS.cacheEntries,
	maxBytes: TILE_LIMITS.cacheBytes
});

function stop(g: Generation, why: string) {
	// Requests waiting for its index go on to a 503 at once (a no-op once it answered).
	g.settle(false);
	if (g.state !== 'failed') g.state = 'stopped';
	for (const p of g.pending.values()) p.reject(new Error(why));
	g.pending.clear();
	void g.worker.terminate();
}

function start(version: number, dbPath: string): Generation {
	const worker = startTsWorker('tiles/tile-worker.ts', {
		workerData: { dbPath },
		resourceLimits: { maxOldGenerationSizeMb: TILE_LIMITS.maxHeapMb }
	});
	worker.unref();
	let settle: (ok: boolean) => void = () => {};
	const ready = new Promise<boolean>((r) => (settle = r));
	const g: Generation = { version, worker, ready, settle, state: 'building', pending: new Map() };
	const fail = (message: string) => {
		if (g.state === 'stopped' || g.state === 'failed') return;
		if (g.state !== 'complete') {
			console.error(`Tuiles nationales : construction impossible (${message})`);
			lastFailure = { version, at: Date.now() };
		}
		if (building === g) building = null;
		if (serving === g) serving = null;
		g.state = 'failed';
		stop(g, message);
	};
	worker.on('message', (m: TileReply) => {
		if (m.type === 'ready') {
			g.state = 'answering';
			settle(true);
		} else if (m.type === 'complete') {
			g.state = 'complete';
			g.buildMs = m.ms;
			g.heapMb = m.heapMb;
			console.log(`Tuiles nationales prêtes en ${(m.ms / 1000).toFixed(1)} s (${m.heapMb} Mo)`);
			if (building === g) {
				if (serving) stop(serving, 'replaced');
				serving = g;
				building = null;
			}
		} else if (m.type === 'failed') fail(m.message);
		else if (m.type === 'tile' || m.type === 'tile-error') {
			const p = g.pending.get(m.id);
			g.pending.delete(m.id);
			if (m.type === 'tile') p?.resolve({ body: m.raw, gz: m.gz });
			else p?.reject(new Error(m.message));
		}
	});
	worker.on('error', (err) => fail(err.message));
	worker.on('exit', (code) => fail(`worker exited with code ${code}`));
	return g;
}

/**
 * The generation to answer from for `version`: the complete one built for it, else the complete
 * one of an older version while the new one builds (started here if need be), else the one
 * building; null after a recent failure of this version with nothing else to answer.
 */
function generationFor(version: number, dbPath: string): Generation | null {
	if (serving?.version === version) return serving;
	if (building?.version !== version) {
		const failedLately =
			lastFailure?.version === version && Date.now() - lastFailure.at < TILE_LIMITS.retryFailedMs;
		if (failedLately) return serving;
		if (building) stop(building, 'outdated');
		building = start(version, dbPath);
	}
	return serving ?? building;
}

/**
 * Index the tiles of the database in force now, if there is one and they are not (at server
 * start, and when the home page opens, before its map asks for tiles).
 */
export function warmTilesAtStart(): void {
	try {
		generationFor(dataVersion(getDb()), databasePath());
	} catch {
		// No database yet: the first request for a tile or for `/` starts it.
	}
}

function ask(g: Generation, { z, x, y }: TileCoord, offset: ZoomOffset): Promise<TileFile> {
	const id = nextId++;
	return new Promise<TileFile>((resolve, reject) => {
		const timer = setTimeout(() => {
			g.pending.delete(id);
			reject(new Error('tile timeout'));
		}, TILE_LIMITS.tileTimeoutMs);
		g.pending.set(id, {
			resolve: (f) => (clearTimeout(timer), resolve(f)),
			reject: (e) => (clearTimeout(timer), reject(e))
		});
		g.worker.postMessage({ id, z, x, y, offset } satisfies TileRequest);
	});
}

const BUSY = 'La carte se prépare : réessayez dans quelques secondes.';

/**
 * Tile z/x/y for a screen of zoomOffset `offset`, of the data at `version` (the database at
 * `dbPath`), or a 503 to retry.
 */
export async function nationalTile(
	coord: TileCoord,
	offset: ZoomOffset,
	version: number,
	dbPath: string
): Promise<TileAnswer> {
	const busy = { ok: false as const, error: BUSY, retryAfter: TILE_LIMITS.retryAfterS };
	const g = generationFor(version, dbPath);
	if (!g) return busy;
	if (g.state === 'building') {
		let timer: NodeJS.Timeout | undefined;
		const waited = await Promise.race([
			g.ready,
			new Promise<false>((r) => (timer = setTimeout(() => r(false), TILE_LIMITS.readyWaitMs)))
		]);
		clearTimeout(timer);
		if (!waited) return busy;
	}
	try {
		const key = `${g.version}/${coord.z}/${coord.x}/${coord.y}/${offset}`;
		const file = await cache.getOrRender(key, () => ask(g, coord, offset));
		return { ok: true, file, version: g.version };
	} catch {
		return busy;
	}
}

/** Figures of the service, for the bench and the logs. */
export function tileStats(): {
	buildMs: number | null;
	heapMb: number | null;
	cache: ReturnType<PrintCache<TileFile>['stats']>;
} {
	return {
		buildMs: serving?.buildMs ?? null,
		heapMb: serving?.heapMb ?? null,
		cache: cache.stats()
	};
}
