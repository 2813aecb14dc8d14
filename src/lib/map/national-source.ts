import type { Map as MlMap, VectorSourceSpecification } from 'maplibre-gl';
import { TILE_MAX_ZOOM } from './national-levels';

/** The vector source of the national map (every layer of /api/tuiles). */
export const TILE_SOURCE = 'tuiles';

/**
 * Add the national tile source once (the territory, name and help-point layers share it), its
 * tiles drawn `offset` zooms ahead (see zoomOffset). Territories are identified by their code,
 * so that a filter or a state can name one.
 */
export function addTileSource(map: MlMap, offset: number): void {
	if (map.getSource(TILE_SOURCE)) return;
	// `tileSize` is read by MapLibre's vector source though the style types do not name it.
	map.addSource(TILE_SOURCE, {
		type: 'vector',
		tileSize: 512 / 2 ** offset,
		// MapLibre fetches tiles from a worker: the address must be absolute.
		tiles: [`${location.origin}/api/tuiles/{z}/{x}/{y}.pbf`],
		minzoom: 0,
		maxzoom: TILE_MAX_ZOOM,
		promoteId: 'code'
	} as VectorSourceSpecification);
}
