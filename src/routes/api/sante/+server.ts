import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { dataIdentity } from '$lib/server/db/build-info';

const started = Date.now();

/**
 * GET /api/sante: is the server up, which data does it serve, since when. For operators' probes
 * (load balancers, monitoring) and as the bench's baseline of a trivial endpoint of this server.
 */
export function GET() {
	return json(
		{
			statut: 'ok',
			donnees: dataIdentity(getDb()),
			demarre_depuis_s: Math.round((Date.now() - started) / 1000)
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
}
