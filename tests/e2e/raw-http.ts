// Requests sent exactly as written (no URL normalisation of `..` or `%2e`), optionally from another
// loopback address (127.0.0.2, 127.0.0.3…), so that tests can act as different clients.
import { request } from 'node:http';

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One HTTP request to `baseURL` with a raw path; `from` is the local address to connect from. */
export function raw(
	baseURL: string,
	path: string,
	opts: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}
): Promise<RawResponse> {
	const u = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: u.hostname,
				port: u.port,
				path,
				method: opts.method ?? 'GET',
				headers: opts.headers,
				localAddress: opts.from
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(opts.body);
	});
}
