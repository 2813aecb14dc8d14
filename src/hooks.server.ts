import type { Handle } from '@sveltejs/kit';
import { maybeGzip } from '$lib/server/compress';
import { isEmbed, securityHeaders } from '$lib/server/security-headers';

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.embed = isEmbed(event.url);
	const response = await resolve(event);
	for (const [k, v] of Object.entries(securityHeaders(event.url))) {
		// A second CSP header adds frame-ancestors to SvelteKit's policy (both are enforced).
		if (k === 'content-security-policy') response.headers.append(k, v);
		else response.headers.set(k, v);
	}
	return maybeGzip(event.request, response);
};
