/** The HTTP answer of a vector tile: gzipped when accepted, with an ETag of its content. */
import { createHash } from 'node:crypto';
import type { TileCoord } from '../../params/tile';
import type { ZoomOffset } from '../../map/national-levels';
import type { TileFile } from './tile-service';

/**
 * Browsers keep a tile 5 minutes, then ask again with If-None-Match: an import or a rebuild that
 * changes the tile changes its ETag, so the map shows new data within minutes.
 */
export const TILE_CACHE_CONTROL = 'public, max-age=300';

const hashes = new WeakMap<TileFile, string>();

/**
 * A digest of the tile's bytes, computed once per tile kept: the same tile has the same ETag on
 * every instance and across restarts (a per-process data version did not), so a CDN in front of
 * several origins gets its 304s.
 */
function contentHash(file: TileFile): string {
	let h = hashes.get(file);
	if (!h)
		hashes.set(file, (h = createHash('sha1').update(file.body).digest('base64url').slice(0, 16)));
	return h;
}

/** The response for a tile, or a 304 when the browser holds these bytes already. */
export function tileResponse(
	request: Request,
	{ z, x, y }: TileCoord,
	offset: ZoomOffset,
	file: TileFile
): Response {
	const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '') && file.gz.length > 0;
	const etag = `"${contentHash(file)}-${z}-${x}-${y}${offset ? '-e' : ''}${gzip ? '-gz' : ''}"`;
	const headers: Record<string, string> = {
		'content-type': 'application/x-protobuf',
		'cache-control': TILE_CACHE_CONTROL,
		etag,
		vary: 'Accept-Encoding'
	};
	if (gzip) headers['content-encoding'] = 'gzip';
	if ((request.headers.get('if-none-match') ?? '').split(/\s*,\s*/).includes(etag))
		return new Response(null, { status: 304, headers });
	const body = gzip ? file.gz : file.body;
	headers['content-length'] = String(body.length);
	// posted by the tile worker, so backed by an ArrayBuffer of its own: no copy needed here
	return new Response(body as Uint8Array<ArrayBuffer>, { headers });
}
