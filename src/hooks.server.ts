import type { Handle } from '@sveltejs/kit';
import { maybeGzip } from '$lib/server/compress';
import { isEmbed, securityHeaders } from '$lib/server/security-headers';
import { SESSION_COOKIE, sessionUser } from '$lib/server/auth';
import { getAccounts } from '$lib/server/db/accounts';

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.embed = isEmbed(event.url);
	const token = event.cookies.get(SESSION_COOKIE);
	const user = token ? sessionUser(getAccounts(), token) : null;
	event.locals.user = user ? { id: user.id, email: user.email, nom: user.nom } : null;
	// Planner pages and their actions (which run before any load) need a signed-in account.
	// Match on the route (decoded path), not the raw URL: /%70lanificateur is the same page.
	const planner =
		event.route.id?.startsWith('/planificateur') ||
		safeDecode(event.url.pathname).toLowerCase().startsWith('/planificateur');
	if (planner && !event.locals.user) {
		if (event.request.method !== 'GET' && event.request.method !== 'HEAD')
			return new Response(JSON.stringify({ error: 'Connexion requise.' }), {
				status: 401,
				headers: { 'content-type': 'application/json' }
			});
		const next = encodeURIComponent(event.url.pathname + event.url.search);
		return new Response(null, { status: 303, headers: { location: `/connexion?suite=${next}` } });
	}
	const response = await resolve(event);
	for (const [k, v] of Object.entries(securityHeaders(event.url))) {
		// A second CSP header adds frame-ancestors to SvelteKit's policy (both are enforced).
		if (k === 'content-security-policy') response.headers.append(k, v);
		else response.headers.set(k, v);
	}
	return maybeGzip(event.request, response);
};

function safeDecode(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
