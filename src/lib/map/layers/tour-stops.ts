import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SERVICE_AREA } from '../../catalog/style';
import { beforeId } from '../zorder';

/**
 * Stops of itinerant services (bus France services…) from their tours: a white disc with a thick
 * blue ring, distinct from every help-point shape in colour and in black and white.
 */
export const tourStopsLayer = {
	legend: 'Arrêt d’un service itinérant (tournée)',
	sourceNote: 'Tournées importées par les planificateurs',

	add(map: MlMap, data: FeatureCollection) {
		map.addSource('arrets', { type: 'geojson', data });
		map.addLayer(
			{
				id: 'tour-stops',
				type: 'circle',
				source: 'arrets',
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3.5, 12, 7],
					'circle-color': '#ffffff',
					'circle-stroke-color': SERVICE_AREA,
					'circle-stroke-width': 2.5
				}
			},
			beforeId('tour-stops', (id) => !!map.getLayer(id))
		);
	},

	update(map: MlMap, data: FeatureCollection) {
		(map.getSource('arrets') as GeoJSONSource | undefined)?.setData(data);
	},

	setVisible(map: MlMap, on: boolean) {
		map.setLayoutProperty('tour-stops', 'visibility', on ? 'visible' : 'none');
	}
};
