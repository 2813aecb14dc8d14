// Serve the built app (build/handler.js) over HTTP: the one server `npm start` and the end-to-end
// tests use. It decides the site's origin from one setting, MAILLAGE_URL:
// - set (e.g. https://maillage.exemple.fr behind a TLS proxy): the origin of every request, for
//   SvelteKit's same-origin check on form posts and for the links printed on maps and posters;
// - unset: the address the browser used, over plain http (http://localhost:3000,
//   http://127.0.0.1:3000, a LAN address…), so that a workstation works with no configuration.
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROTO_HEADER = 'x-maillage-proto';

/**
 * Environment defaults the built app reads when it is first imported.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ BODY_SIZE_LIMIT: string, ORIGIN?: string, PROTOCOL_HEADER?: string }}
 */
export function serverEnv(env = process.env) {
	const url = (env.MAILLAGE_URL || env.MAILLAGE_PUBLIC_URL || '').trim().replace(/\/+$/, '');
	/** @type {{ BODY_SIZE_LIMIT: string, ORIGIN?: string, PROTOCOL_HEADER?: string }} */
	const out = {
		// Logos (1.5 MB) and planner files (20 MB) exceed adapter-node's default 512 KB body limit.
		BODY_SIZE_LIMIT: env.BODY_SIZE_LIMIT || '21M'
	};
	if (url) {
		new URL(url); // throws on a malformed setting, before anything is served
		out.ORIGIN = url;
	} else out.PROTOCOL_HEADER = PROTO_HEADER;
	return out;
}

/** Start the server on `port` and `host`; resolves with the node http.Server once listening. */
export async function serve({
	port = Number(process.env.PORT || 3000),
	host = process.env.HOST
} = {}) {
	const env = serverEnv();
	Object.assign(process.env, env);
	const { handler } = await import(pathToFileURL(resolve('build/handler.js')).href);
	const server = http.createServer((req, res) => {
		// Our own header, never the client's: without MAILLAGE_URL the site is plain http.
		if (!env.ORIGIN) req.headers[PROTO_HEADER] = 'http';
		// Static files (/_app/*, /favicon.svg) are answered before the app's hooks run.
		res.setHeader('X-Content-Type-Options', 'nosniff');
		handler(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'application/json; charset=utf-8');
			res.end(JSON.stringify({ error: 'Page introuvable.' }));
		});
	});
	await new Promise((ok, ko) => {
		server.once('error', ko);
		server.listen(port, host, () => ok(undefined));
	});
	const stop = () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 3000).unref();
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serve();
