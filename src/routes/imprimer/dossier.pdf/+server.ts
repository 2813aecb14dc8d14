import { dossierEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/dossier.pdf?territoire=04|SIREN — the territorial dossier (A4 portrait, tagged) */
export function GET({ request, url }) {
	return dossierEndpoint('pdf', request, url);
}
