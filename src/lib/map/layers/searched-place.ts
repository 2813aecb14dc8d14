import { SEARCHED_PLACE, SEARCHED_PLACE_RING } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';

/** The place a person searched from (a commune's point or their position): a black dot. */
export const searchedPlaceLayer: MapLayer<{ place: { lat: number; lon: number } }> = {
	legend: 'Le lieu de la recherche (point noir)',

	specs: () => [
		{
			id: 'ici',
			type: 'circle',
			source: 'ici',
			paint: {
				'circle-radius': 8,
				'circle-color': SEARCHED_PLACE,
				'circle-stroke-color': SEARCHED_PLACE_RING,
				'circle-stroke-width': 3
			}
		}
	],

	add(map, props) {
		const { lat, lon } = props.place;
		map.addSource('ici', { type: 'geojson', data: { type: 'Point', coordinates: [lon, lat] } });
		addInOrder(map, this.specs(props));
	}
};
