import type { FeatureCollection } from 'geojson';
import { COMMUNE_PLAIN, COMMUNE_PLAIN_LINE } from '../colors';
import { addInOrder, type MapLayer } from '../layer';

/** The communes drawn plain (white, grey borders), for orientation under the finder's results. */
export const communesPlainLayer: MapLayer<{ communes: FeatureCollection }> = {
	sourceNote: 'Contours IGN ADMIN EXPRESS (COG 2018) recomposés au COG en vigueur',

	specs: () => [
		{
			id: 'communes',
			type: 'fill',
			source: 'communes',
			paint: { 'fill-color': COMMUNE_PLAIN }
		},
		{
			id: 'limites',
			type: 'line',
			source: 'communes',
			paint: { 'line-color': COMMUNE_PLAIN_LINE }
		}
	],

	add(map, props) {
		map.addSource('communes', { type: 'geojson', data: props.communes });
		addInOrder(map, this.specs(props));
	}
};
