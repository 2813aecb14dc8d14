import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COMMUNE_LINE, NO_DATA, SELECTED } from '../../catalog/style';
import { divergingClasses, sequentialClasses, type Classes } from '../../catalog/scales';
import type { IndicatorKey } from '../../catalog/indicators';
import { addInOrder, type MapLayer } from '../layer';
import { PICKABLE_LAYERS } from '../pick';
import { clickBox } from '../popups';
import { stepExpression } from '../scales';

export type ChoroplethMode = 'valeur' | 'ecart';

/** A commune's values, joined to its shape by code: value, gap, zone blanche, served by a tour. */
export interface CommuneValues {
	code: string;
	v: number | null;
	e: number | null;
	zb: boolean;
	it: boolean;
}

interface Props {
	communes: FeatureCollection;
	/** Null while the analysis loads: the map does not read as ready until it comes. */
	values: CommuneValues[] | null;
	classes: Classes;
	mode: ChoroplethMode;
	/** The code of the commune to outline. */
	selected: string | null;
	/** A click on a commune (not on a help point, which opens its popup). */
	onselect?: (code: string) => void;
}

const selectedCode = new WeakMap<MlMap, string | null>();

/** The classes (legend) for an indicator in a mode: sequential values or diverging gaps. */
export function choroplethClasses(indicator: IndicatorKey, mode: ChoroplethMode): Classes {
	return mode === 'ecart' ? divergingClasses(indicator) : sequentialClasses(indicator);
}

/** Push per-commune values (by code) and repaint with the classes of the mode. */
function setValues(map: MlMap, rows: CommuneValues[], classes: Classes, mode: ChoroplethMode) {
	for (const r of rows)
		map.setFeatureState({ source: 'communes', id: r.code }, { v: r.v, e: r.e, zb: r.zb, it: r.it });
	const input = ['feature-state', mode === 'ecart' ? 'e' : 'v'];
	const color = stepExpression(input, classes, NO_DATA) as ExpressionSpecification;
	map.setPaintProperty('communes-fill', 'fill-color', color);
}

/**
 * Outline the chosen commune through feature state: unlike a filter, this does not make
 * MapLibre re-cut every commune shape, so choosing a commune stays instant.
 */
function select(map: MlMap, code: string | null) {
	const previous = selectedCode.get(map);
	if (previous === code) return;
	if (previous) map.setFeatureState({ source: 'communes', id: previous }, { sel: false });
	if (code) map.setFeatureState({ source: 'communes', id: code }, { sel: true });
	selectedCode.set(map, code);
}

/**
 * Communes coloured by an indicator value or by its gap to the reference average. Values are
 * joined to the shapes by commune code through feature state (`v` value, `e` gap); the source
 * `communes` also carries the zones blanches and service areas, added after it.
 */
export const communesChoropleth: MapLayer<Props> = {
	sourceNote: 'IFN 2023, La MedNum pour l’ANCT ; illectronisme : INSEE (2019)',

	specs: () => [
		{
			id: 'communes-fill',
			type: 'fill',
			source: 'communes',
			paint: { 'fill-color': NO_DATA, 'fill-opacity': 0.88 }
		},
		{
			id: 'communes-line',
			type: 'line',
			source: 'communes',
			paint: { 'line-color': COMMUNE_LINE, 'line-width': 0.5 }
		},
		{
			id: 'communes-selected',
			type: 'line',
			source: 'communes',
			paint: {
				'line-color': SELECTED,
				'line-width': 3.5,
				'line-opacity': ['case', ['boolean', ['feature-state', 'sel'], false], 1, 0]
			}
		}
	],

	add(map, props) {
		map.addSource('communes', { type: 'geojson', data: props.communes, promoteId: 'code' });
		addInOrder(map, this.specs(props));
		map.on('click', 'communes-fill', (e) => {
			// A click on a help point opens its popup instead of selecting the commune.
			const markers = PICKABLE_LAYERS.filter((l) => map.getLayer(l));
			if (map.queryRenderedFeatures(clickBox(e.point), { layers: markers }).length) return;
			const code = e.features?.[0]?.properties?.code;
			if (code) props.onselect?.(String(code));
		});
		map.on('mouseenter', 'communes-fill', () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', 'communes-fill', () => (map.getCanvas().style.cursor = ''));
	},

	updates: [
		(map, { values, classes, mode }, state) => {
			state.wait('communes-values', !values);
			if (!values) return;
			setValues(map, values, classes, mode);
			state.repaint();
		},
		(map, { selected }) => select(map, selected)
	]
};
