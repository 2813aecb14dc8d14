import type { Map as MlMap } from 'maplibre-gl';
import { TILE_MAX_ZOOM, type ZoomOffset } from './national-levels';
import { tileScreenQuery } from '../params/tile';

/** The vector source of the national map (every layer of /api/tuiles). */
export const TILE_SOURCE = 'tuiles';

/**
 * Add the national tile source once (the territory, name and help-point layers share it), with
 * the tiles of the screen's zoomOffset. Territories are identified by their code, so that a
 * filter or a state can name one.
 */
export function addTileSource(map: MlMap, offset: ZoomOffset): void {
	if (map.getSource(TILE_SOURCE)) return;
	map.addSource(TILE_SOURCE, {
		type: 'vector',
		// MapLibre fetches tiles from a worker: the address must be absolute.
		tiles: [`${location.origin}/api/tuiles/{z}/{x}/{y}.pbf${tileScreenQuery(offset)}`],
		minzoom: 0,
		maxzoom: TILE_MAX_ZOOM,
		promoteId: 'code'
	});
}
