import type { FeatureCollection } from 'geojson';
import { COMMUNE_PLAIN, COMMUNE_PLAIN_LINE } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';
import { outlinesLayer } from './outlines';

/** The communes drawn plain (white, grey borders), for orientation under the finder's results. */
export const communesPlainLayer: MapLayer<{ communes: FeatureCollection }> = {
	sourceNote: outlinesLayer.sourceNote,

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
