import { posterEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/affiche.pdf — commune poster: commune, nb */
export function GET({ request, url }) {
	return posterEndpoint('pdf', request, url);
}

export function POST({ request, url }) {
	return posterEndpoint('pdf', request, url);
}
