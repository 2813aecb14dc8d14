import { gzipSync } from 'node:zlib';
import { isStreamed } from './streamed';

const COMPRESSIBLE = /^(application\/(json|geo\+json|x-protobuf)|text\/(csv|html|plain))/;

/**
 * Gzip a compressible response when the client accepts it (adapter-node compresses only static
 * files). Map data for a département shrinks about 4×. A streamed response (an export of the
 * country) is compressed as it streams, never read whole.
 */
export async function maybeGzip(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!COMPRESSIBLE.test(type) ||
		response.headers.has('content-encoding') ||
		!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '') ||
		!response.body
	)
		return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.append('vary', 'Accept-Encoding');
	headers.delete('content-length');
	if (isStreamed(response))
		return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
			status: response.status,
			headers
		});
	const body = Buffer.from(await response.arrayBuffer());
	if (body.length < 1024) return new Response(new Uint8Array(body), response);
	return new Response(new Uint8Array(gzipSync(body)), { status: response.status, headers });
}
