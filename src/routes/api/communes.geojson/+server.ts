import { getDb } from '$lib/server/db/connection';
import { communesDownload } from '$lib/server/http/communes-download';

/**
 * GET /api/communes.geojson?territoire=FR|R93|04|<EPCI>[&indicateur&reference&seuil_km&types]
 * (`departement=04` still works): streamed, one département at a time.
 */
export function GET({ url }) {
	return communesDownload(getDb(), url, 'geojson');
}
