import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COMMUNE_LINE, NO_DATA, SELECTED } from '../../catalog/style';
import { divergingClasses, sequentialClasses, type Classes } from '../../catalog/scales';
import type { IndicatorKey } from '../../catalog/indicators';
import { stepExpression } from '../scales';
import { beforeId } from '../zorder';

export type ChoroplethMode = 'valeur' | 'ecart';

const selectedCode = new WeakMap<MlMap, string | null>();

/** The classes (legend) for an indicator in a mode: sequential values or diverging gaps. */
export function choroplethClasses(indicator: IndicatorKey, mode: ChoroplethMode): Classes {
	return mode === 'ecart' ? divergingClasses(indicator) : sequentialClasses(indicator);
}

/**
 * Communes coloured by an indicator value or by its gap to the reference average. Values are
 * joined to the shapes by commune code through feature state (`v` value, `e` gap).
 */
export const communesChoropleth = {
	sourceNote: 'IFN 2023, La MedNum pour l’ANCT ; illectronisme : INSEE (2019)',

	add(map: MlMap, data: FeatureCollection) {
		const present = (id: string) => !!map.getLayer(id);
		map.addSource('communes', { type: 'geojson', data, promoteId: 'code' });
		map.addLayer(
			{
				id: 'communes-fill',
				type: 'fill',
				source: 'communes',
				paint: { 'fill-color': NO_DATA, 'fill-opacity': 0.88 }
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
				paint: {
					'line-color': SELECTED,
					'line-width': 3.5,
					'line-opacity': ['case', ['boolean', ['feature-state', 'sel'], false], 1, 0]
				}
			},
			beforeId('communes-selected', present)
		);
	},

	/** Push per-commune values (by code) and repaint with the classes of the mode. */
	setValues(
		map: MlMap,
		rows: { code: string; v: number | null; e: number | null; zb: boolean; it: boolean }[],
		classes: Classes,
		mode: ChoroplethMode
	) {
		for (const r of rows)
			map.setFeatureState(
				{ source: 'communes', id: r.code },
				{ v: r.v, e: r.e, zb: r.zb, it: r.it }
			);
		const input = ['feature-state', mode === 'ecart' ? 'e' : 'v'];
		const color = stepExpression(input, classes, NO_DATA) as ExpressionSpecification;
		map.setPaintProperty('communes-fill', 'fill-color', color);
	},

	/**
	 * Outline the chosen commune through feature state: unlike a filter, this does not make
	 * MapLibre re-cut every commune shape, so choosing a commune stays instant.
	 */
	select(map: MlMap, code: string | null) {
		const previous = selectedCode.get(map);
		if (previous === code) return;
		if (previous) map.setFeatureState({ source: 'communes', id: previous }, { sel: false });
		if (code) map.setFeatureState({ source: 'communes', id: code }, { sel: true });
		selectedCode.set(map, code);
	}
};
