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
	const response = await resolve(event);
	for (const [k, v] of Object.entries(securityHeaders(event.url))) {
		// A second CSP header adds frame-ancestors to SvelteKit's policy (both are enforced).
		if (k === 'content-security-policy') response.headers.append(k, v);
		else response.headers.set(k, v);
	}
	return maybeGzip(event.request, response);
};
