/** The messages between the request thread (tile-service.ts) and the tile worker. */
import type { ZoomOffset } from '../../map/national-levels';

/** Ask for tile z/x/y of a screen's zoomOffset; `id` pairs the reply with its request. */
export interface TileRequest {
	id: number;
	z: number;
	x: number;
	y: number;
	offset: ZoomOffset;
}

export type TileReply =
	/** The national view is indexed: tiles can be asked for (deeper ones wait for their level). */
	| { type: 'ready'; ms: number }
	/** A level is indexed. */
	| { type: 'step'; step: string; ms: number }
	/** Every level is indexed: the whole build's time and the worker's heap. */
	| { type: 'complete'; ms: number; heapMb: number }
	/** The index could not be built (the database is missing or broken). */
	| { type: 'failed'; message: string }
	| { type: 'tile'; id: number; raw: Uint8Array; gz: Uint8Array }
	| { type: 'tile-error'; id: number; message: string };
