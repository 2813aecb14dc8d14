import { getDb } from '$lib/server/db/connection';
import { nationalMapPage } from '$lib/server/tiles/national-map';
import { warmTilesAtStart } from '$lib/server/tiles/tile-service';

/** The home page: the map of France (`?territoire=` frames a territory, `?indicateur=` colours). */
export function load({ url }) {
	// the tiles of the data in force are on their way before the map asks for them
	warmTilesAtStart();
	const page = nationalMapPage(getDb(), url);
	return page ? { empty: false as const, ...page } : { empty: true as const };
}
