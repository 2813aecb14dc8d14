/** Responses whose body is produced piece by piece as the client reads it. */

const streamed = new WeakSet<Response>();

/** A stream the client stopped reading for this long is closed (its snapshot with it). */
const IDLE_MS = 5 * 60_000;

/**
 * A response whose body is pulled from `pieces` one at a time, as fast as the client reads it
 * (the next piece is made only once the previous one is sent): memory holds one piece, never
 * the whole body. The generator's `finally` runs at the end, when the client leaves, or after
 * five idle minutes.
 */
export function streamedResponse(pieces: Generator<string>, headers: HeadersInit): Response {
	const encoder = new TextEncoder();
	let idle: ReturnType<typeof setTimeout> | undefined;
	const body = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				clearTimeout(idle);
				try {
					for (;;) {
						const next = pieces.next();
						if (next.done) return controller.close();
						if (!next.value) continue;
						controller.enqueue(encoder.encode(next.value));
						break;
					}
				} catch (err) {
					pieces.return(undefined);
					return controller.error(err);
				}
				idle = setTimeout(() => {
					pieces.return(undefined);
					controller.error(new Error('Export abandonné par le client.'));
				}, IDLE_MS);
				idle.unref?.();
			},
			cancel() {
				clearTimeout(idle);
				pieces.return(undefined);
			}
		},
		{ highWaterMark: 1 }
	);
	const response = new Response(body, { headers });
	streamed.add(response);
	return response;
}

/** Whether a response is streamed (its length is unknown until its end). */
export function isStreamed(response: Response): boolean {
	return streamed.has(response);
}
