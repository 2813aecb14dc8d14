import type { Handle } from '@sveltejs/kit';
import { maybeGzip } from '$lib/server/compress';

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return maybeGzip(event.request, response);
};
