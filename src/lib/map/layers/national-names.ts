import { addInOrder, type MapLayer, type OrderedLayer } from '../layer';
import { TILE_SOURCE, addTileSource } from '../national-source';
import type { ZoomOffset } from '../national-levels';
import { communeLabelsSpec } from './commune-labels';

/**
 * Commune names on the national map, from the zoom of the EPCI on, biggest first, by the rule of
 * the département map (the tiles hold only the names that rule shows at their zoom).
 */
export const nationalNamesLayer: MapLayer<{ offset: ZoomOffset }> = {
	sourceNote: 'Noms et populations : INSEE (COG), via @etalab/decoupage-administratif',

	specs: () => [{ ...communeLabelsSpec(TILE_SOURCE), 'source-layer': 'noms' } as OrderedLayer],

	add(map, props) {
		addTileSource(map, props.offset);
		addInOrder(map, this.specs(props));
	}
};
