import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { OUTLINE_DEPARTEMENT, OUTLINE_EPCI } from '../../catalog/style';
import { beforeId } from '../zorder';

/** Département and EPCI outlines. */
export const outlinesLayer = {
	sourceNote: 'Contours IGN ADMIN EXPRESS (COG 2018) recomposés au COG en vigueur',

	add(map: MlMap, data: FeatureCollection) {
		const present = (id: string) => !!map.getLayer(id);
		map.addSource('contours', { type: 'geojson', data });
		map.addLayer(
			{
				id: 'epci-outline',
				type: 'line',
				source: 'contours',
				filter: ['==', ['get', 'niveau'], 'epci'],
				paint: { 'line-color': OUTLINE_EPCI, 'line-width': 1.2, 'line-dasharray': [3, 2] }
			},
			beforeId('epci-outline', present)
		);
		map.addLayer(
			{
				id: 'departement-outline',
				type: 'line',
				source: 'contours',
				filter: ['==', ['get', 'niveau'], 'departement'],
				paint: { 'line-color': OUTLINE_DEPARTEMENT, 'line-width': 2.2 }
			},
			beforeId('departement-outline', present)
		);
	}
};
