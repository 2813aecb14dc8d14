import { SERVICE_AREA } from '../../catalog/style';
import { addInOrder, setVisible, type MapLayer } from '../layer';

/**
 * Communes served by an itinerant service (bus France services…): a dotted outline, joined by
 * feature state `it` of the choropleth's `communes` source (add it after the choropleth).
 * Stops of tours, when known, are drawn by the tour-stops layer.
 */
export const serviceAreasLayer: MapLayer<{ visible: boolean }> = {
	legend: 'Commune desservie par un service itinérant (bus France services)',

	specs: () => [
		{
			id: 'service-areas',
			type: 'line',
			source: 'communes',
			paint: {
				'line-color': SERVICE_AREA,
				'line-width': 1.6,
				'line-dasharray': [1, 1.5],
				'line-opacity': ['case', ['boolean', ['feature-state', 'it'], false], 1, 0]
			}
		}
	],

	add(map, props) {
		addInOrder(map, this.specs(props));
	},

	updates: [(map, { visible }) => setVisible(map, ['service-areas'], visible)]
};
