import type { FeatureCollection } from 'geojson';
import { SERVICE_AREA, TOUR_STOP_FILL } from '../../catalog/style';
import { addInOrder, setVisible, type MapLayer } from '../layer';

/**
 * Stops of itinerant services (bus France services…) from their tours: a white disc with a thick
 * blue ring, distinct from every help-point shape in colour and in black and white. Their popups
 * are opened by the help-points layer (one handler for both, see popups.ts).
 */
export const tourStopsLayer: MapLayer<{ arrets: FeatureCollection; visible: boolean }> = {
	legend: 'Arrêt d’un service itinérant (tournée)',
	sourceNote: 'Tournées importées par les planificateurs',

	specs: () => [
		{
			id: 'tour-stops',
			type: 'circle',
			source: 'arrets',
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3.5, 12, 7],
				'circle-color': TOUR_STOP_FILL,
				'circle-stroke-color': SERVICE_AREA,
				'circle-stroke-width': 2.5
			}
		}
	],

	add(map, props) {
		map.addSource('arrets', { type: 'geojson', data: props.arrets });
		addInOrder(map, this.specs(props));
	},

	updates: [(map, { visible }) => setVisible(map, ['tour-stops'], visible)]
};
