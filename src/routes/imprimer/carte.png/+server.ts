import { sheetEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/carte.png — map sheet: territoire, theme, format, titre, sous_titre, nb (POST: multipart with an optional logo) */
export function GET({ request, url }) {
	return sheetEndpoint('png', request, url);
}

export function POST({ request, url }) {
	return sheetEndpoint('png', request, url);
}
