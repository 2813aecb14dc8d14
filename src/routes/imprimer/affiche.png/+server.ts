import { posterEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/affiche.png — commune poster: commune, nb */
export function GET({ request, url }) {
	return posterEndpoint('png', request, url);
}

export function POST({ request, url }) {
	return posterEndpoint('png', request, url);
}
