import { gzipSync } from 'node:zlib';

/** A JSON answer serialised once, and gzipped once when worth it, to be served many times. */
export interface JsonBody {
	json: string;
	gzip: Uint8Array<ArrayBuffer> | null;
}

/** Serialise (and gzip, above 1 KB) a value to serve it from a cache. */
export function jsonBody(value: unknown): JsonBody {
	const json = JSON.stringify(value);
	return { json, gzip: json.length >= 1024 ? new Uint8Array(gzipSync(json)) : null };
}

/**
 * The response for a kept JSON body: its gzipped bytes when the client accepts them (the hook's
 * compression then leaves it alone), else the text.
 */
export function jsonBodyResponse(
	request: Request,
	body: JsonBody,
	headers: Record<string, string> = {}
): Response {
	const h = new Headers({
		'content-type': 'application/json',
		vary: 'Accept-Encoding',
		...headers
	});
	if (body.gzip && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		h.set('content-encoding', 'gzip');
		return new Response(body.gzip, { headers: h });
	}
	return new Response(body.json, { headers: h });
}
