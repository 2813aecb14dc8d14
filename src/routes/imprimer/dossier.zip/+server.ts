import { dossierEndpoint } from '$lib/server/print/print-http';

/** GET /imprimer/dossier.zip?territoire=04|SIREN — the territorial dossier, its tables as CSV */
export function GET({ request, url }) {
	return dossierEndpoint('zip', request, url);
}
