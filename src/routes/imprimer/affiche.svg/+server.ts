import { posterEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/affiche.svg — commune poster: commune, nb */
export function GET({ request, url }) {
	return posterEndpoint('svg', request, url);
}

export function POST({ request, url }) {
	return posterEndpoint('svg', request, url);
}
