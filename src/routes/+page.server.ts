import { getDb } from '$lib/server/db/connection';
import { nationalMapPage } from '$lib/server/tiles/national-map';

/** The home page: the map of France (`?territoire=` frames a territory, `?indicateur=` colours). */
export function load({ url }) {
	const page = nationalMapPage(getDb(), url);
	return page ? { empty: false as const, ...page } : { empty: true as const };
}
