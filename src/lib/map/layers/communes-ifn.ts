import type { Map as MlMap, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COMMUNE_LINE, NO_DATA, SELECTED } from '../colors';
import { stepExpression, ifnLegend } from '../scales';
import { beforeId } from '../zorder';

/** Communes coloured by an IFN score. Legend and source note live here with the paint. */
export const communesIfnLayer = {
	legend: ifnLegend,
	sourceNote: 'Indice de fragilité numérique 2023, La MedNum pour l’ANCT',

	add(map: MlMap, data: FeatureCollection, indicator = 'ifn') {
		const present = (id: string) => !!map.getLayer(id);
		map.addSource('communes', { type: 'geojson', data, promoteId: 'code' });
		map.addLayer(
			{
				id: 'communes-fill',
				type: 'fill',
				source: 'communes',
				paint: {
					// eslint-disable-next-line @typescript-eslint/no-explicit-any
					'fill-color': stepExpression(indicator, NO_DATA) as any,
					'fill-opacity': 0.85
				}
			},
			beforeId('communes-fill', present)
		);
		map.addLayer(
			{
				id: 'communes-line',
				type: 'line',
				source: 'communes',
				paint: { 'line-color': COMMUNE_LINE, 'line-width': 0.5 }
			},
			beforeId('communes-line', present)
		);
		map.addLayer(
			{
				id: 'communes-selected',
				type: 'line',
				source: 'communes',
				filter: ['==', ['get', 'code'], ''],
				paint: { 'line-color': SELECTED, 'line-width': 3 }
			},
			beforeId('communes-selected', present)
		);
	},

	/** Switch the painted indicator (IFN total or a sub-score). */
	setIndicator(map: MlMap, indicator: string) {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		map.setPaintProperty('communes-fill', 'fill-color', stepExpression(indicator, NO_DATA) as any);
	},

	select(map: MlMap, code: string | null) {
		map.setFilter('communes-selected', ['==', ['get', 'code'], code ?? '']);
	},

	update(map: MlMap, data: FeatureCollection) {
		(map.getSource('communes') as GeoJSONSource | undefined)?.setData(data);
	}
};
