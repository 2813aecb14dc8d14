import type { FeatureCollection } from 'geojson';
import { OUTLINE_DEPARTEMENT, OUTLINE_EPCI } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';

/** Département and EPCI outlines. */
export const outlinesLayer: MapLayer<{ contours: FeatureCollection }> = {
	sourceNote: 'Contours IGN ADMIN EXPRESS (COG 2018) recomposés au COG en vigueur',

	specs: () => [
		{
			id: 'epci-outline',
			type: 'line',
			source: 'contours',
			filter: ['==', ['get', 'niveau'], 'epci'],
			paint: { 'line-color': OUTLINE_EPCI, 'line-width': 1.2, 'line-dasharray': [3, 2] }
		},
		{
			id: 'departement-outline',
			type: 'line',
			source: 'contours',
			filter: ['==', ['get', 'niveau'], 'departement'],
			paint: { 'line-color': OUTLINE_DEPARTEMENT, 'line-width': 2.2 }
		}
	],

	add(map, props) {
		map.addSource('contours', { type: 'geojson', data: props.contours });
		addInOrder(map, this.specs(props));
	}
};
