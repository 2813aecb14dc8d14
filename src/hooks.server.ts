import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { maybeGzip } from '$lib/server/http/compress';
import { isEmbed, isPrivatePath, securityHeaders } from '$lib/server/http/security-headers';
import { SESSION_COOKIE, sessionUser } from '$lib/server/auth/session';
import { getAccounts } from '$lib/server/db/accounts';
import { warmTilesAtStart } from '$lib/server/tiles/tile-service';
import { getDb } from '$lib/server/db/connection';
import { warmTerritories } from '$lib/server/territories/warm';

/**
 * After startup, in the background: the national map's tiles are indexed (in a worker) and the
 * national summaries computed (see warmTerritories), ready for the first visit.
 */
export const init: ServerInit = () => {
	warmTilesAtStart();
	setTimeout(() => {
		Promise.resolve()
			.then(() => warmTerritories(getDb()))
			.catch((err: Error) =>
				console.error(`Précalcul des territoires interrompu : ${err.message}`)
			);
	}, 0);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.embed = isEmbed(event.url);
	const token = event.cookies.get(SESSION_COOKIE);
	const user = token ? sessionUser(getAccounts(), token) : null;
	event.locals.user = user ? { id: user.id, email: user.email, nom: user.nom } : null;
	const response = jsonApiError(event, await guarded({ event, resolve }));
	for (const [k, v] of Object.entries(securityHeaders(event.url))) {
		// A second CSP header adds frame-ancestors to SvelteKit's policy (both are enforced).
		if (k === 'content-security-policy') response.headers.append(k, v);
		else response.headers.set(k, v);
	}
	if (isPrivatePath(event.url.pathname) || event.route.id?.startsWith('/planificateur'))
		response.headers.set('cache-control', 'no-store');
	return maybeGzip(event.request, response);
};

/** Planner pages and their actions (which run before any load) need a signed-in account. */
const guarded: Handle = async ({ event, resolve }) => {
	// Match on the route and on the decoded path, not the raw URL: /%70lanificateur is the same page.
	const planner =
		event.route.id?.startsWith('/planificateur') ||
		(safeDecode(event.url.pathname) ?? event.url.pathname)
			.toLowerCase()
			.startsWith('/planificateur');
	if (!planner || event.locals.user) return resolve(event);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD')
		return new Response(JSON.stringify({ error: 'Connexion requise.' }), {
			status: 401,
			headers: { 'content-type': 'application/json' }
		});
	const next = encodeURIComponent(event.url.pathname + event.url.search);
	return new Response(null, { status: 303, headers: { location: `/connexion?suite=${next}` } });
};

/**
 * The API answers errors in JSON (`{ "error": "…" }`, in French) even when SvelteKit made them
 * before any route ran: 400 for a path that is not valid percent-encoded UTF-8 (`/api/communes/%E9`),
 * 404 for an unknown address (`/api/communes/%2e%2e`), 405 for a method other than GET.
 */
function jsonApiError(event: RequestEvent, response: Response): Response {
	const { pathname } = event.url;
	if (
		!pathname.startsWith('/api/') ||
		response.status < 400 ||
		/json/.test(response.headers.get('content-type') ?? '')
	)
		return response;
	const decoded = safeDecode(pathname);
	const error =
		decoded === null
			? `Adresse mal encodée : ${pathname.slice(0, 200)}`
			: response.status === 404
				? `Adresse inconnue dans l’API : ${decoded.slice(0, 200)}`
				: response.status === 405
					? `Méthode ${event.request.method} non acceptée : l’API se lit avec GET.`
					: 'Requête refusée.';
	const headers = new Headers(response.headers);
	headers.set('content-type', 'application/json');
	headers.delete('content-length');
	return new Response(JSON.stringify({ error }), { status: response.status, headers });
}

function safeDecode(path: string): string | null {
	try {
		return decodeURIComponent(path);
	} catch {
		return null;
	}
}
