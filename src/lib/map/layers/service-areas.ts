import type { Map as MlMap } from 'maplibre-gl';
import { SERVICE_AREA } from '../../catalog/style';
import { beforeId } from '../zorder';

/**
 * Communes served by an itinerant service (bus France services…): a dotted outline, joined by
 * feature state `it`. Stops of tours, when known, are drawn by the help-points layer.
 */
export const serviceAreasLayer = {
	legend: 'Commune desservie par un service itinérant (bus France services)',

	add(map: MlMap) {
		map.addLayer(
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
			},
			beforeId('service-areas', (id) => !!map.getLayer(id))
		);
	},

	setVisible(map: MlMap, on: boolean) {
		map.setLayoutProperty('service-areas', 'visibility', on ? 'visible' : 'none');
	}
};
