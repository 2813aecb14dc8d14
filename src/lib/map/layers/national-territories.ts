import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import {
	COMMUNE_LINE,
	NO_DATA,
	OUTLINE_DEPARTEMENT,
	OUTLINE_EPCI,
	SELECTED
} from '../../catalog/style';
import { sequentialClasses } from '../../catalog/scales';
import type { IndicatorKey } from '../../catalog/indicators';
import { addInOrder, type MapLayer, type OrderedLayer } from '../layer';
import {
	NATIONAL_LEVELS,
	type LevelInfo,
	type NationalLevel,
	type ZoomOffset
} from '../national-levels';
import { TILE_SOURCE, addTileSource } from '../national-source';
import { PICKABLE_LAYERS } from '../pick';
import { clickBox } from '../popups';
import { stepExpression } from '../scales';

interface Props {
	/** How many zooms earlier each level is coloured (zoomOffset: 1 on a phone). */
	offset: ZoomOffset;
	indicator: IndicatorKey;
	/** The chosen territory to outline (a département, an EPCI or a commune), or null. */
	selected: string | null;
	/** A click on a territory (not on a help point or a group, which have their own). */
	onselect?: (niveau: NationalLevel, code: string) => void;
}

const next = (i: number, offset: number) => {
	const from = NATIONAL_LEVELS[i + 1]?.from;
	return from === undefined ? undefined : from - offset;
};
const fillId = (l: LevelInfo) => `fill-${l.layer}` as const;

/** The fill colour of an indicator's classes, read from each territory's properties. */
function fillColour(indicator: IndicatorKey): ExpressionSpecification {
	return stepExpression(
		['get', indicator],
		sequentialClasses(indicator),
		NO_DATA
	) as ExpressionSpecification;
}

/** The other clickable layers: a click on them is theirs. */
const ABOVE = [...PICKABLE_LAYERS, 'clusters'];

/**
 * France coloured by an indicator at the level that fits the zoom (départements, then EPCI,
 * then communes, see national-levels.ts), from the national vector tiles; the edges of every
 * level shown, coarser ones darker; the chosen territory outlined.
 */
export const nationalTerritoriesLayer: MapLayer<Props> = {
	sourceNote: 'IFN 2023, La MedNum pour l’ANCT ; illectronisme : INSEE (2019) ; contours IGN',

	specs: ({ indicator, offset }) => {
		const fills: OrderedLayer[] = NATIONAL_LEVELS.map((l, i) => ({
			id: fillId(l),
			type: 'fill',
			source: TILE_SOURCE,
			'source-layer': l.layer,
			minzoom: Math.max(0, l.from - offset),
			...(next(i, offset) !== undefined ? { maxzoom: next(i, offset) } : {}),
			paint: { 'fill-color': fillColour(indicator), 'fill-opacity': 0.88 }
		}));
		// Edges: white between the parts of the level shown, dark around the coarser levels.
		const edges: OrderedLayer[] = NATIONAL_LEVELS.map((l, i) => {
			const dark = l.niveau === 'departement' ? OUTLINE_DEPARTEMENT : OUTLINE_EPCI;
			const coarser = next(i, offset) ?? 99;
			return {
				id: `edges-${l.layer}` as const,
				type: 'line',
				source: TILE_SOURCE,
				'source-layer': l.layer,
				minzoom: Math.max(0, l.from - offset),
				paint: {
					'line-color': ['step', ['zoom'], COMMUNE_LINE, coarser, dark],
					'line-width': ['step', ['zoom'], 0.8, coarser, l.niveau === 'departement' ? 1.8 : 1.1]
				}
			};
		});
		const chosen: OrderedLayer[] = NATIONAL_LEVELS.map((l) => ({
			id: `chosen-${l.layer}` as const,
			type: 'line',
			source: TILE_SOURCE,
			'source-layer': l.layer,
			filter: ['==', ['get', 'code'], ''],
			paint: { 'line-color': SELECTED, 'line-width': 3.5 }
		}));
		// Finer edges first: a département's edge is drawn over its EPCI's and communes'.
		return [...fills, ...edges.reverse(), ...chosen.reverse()];
	},

	add(map, props) {
		addTileSource(map, props.offset);
		addInOrder(map, this.specs(props));
		for (const l of NATIONAL_LEVELS) {
			map.on('click', fillId(l), (e) => {
				const above = ABOVE.filter((id) => map.getLayer(id));
				if (map.queryRenderedFeatures(clickBox(e.point), { layers: above }).length) return;
				const code = e.features?.[0]?.properties?.code;
				if (code) props.onselect?.(l.niveau, String(code));
			});
			map.on('mouseenter', fillId(l), () => (map.getCanvas().style.cursor = 'pointer'));
			map.on('mouseleave', fillId(l), () => (map.getCanvas().style.cursor = ''));
		}
	},

	updates: [
		(map, { indicator }, state) => {
			for (const l of NATIONAL_LEVELS)
				map.setPaintProperty(fillId(l), 'fill-color', fillColour(indicator));
			state.repaint();
		},
		(map, { selected }) => {
			for (const l of NATIONAL_LEVELS)
				map.setFilter(`chosen-${l.layer}`, ['==', ['get', 'code'], selected ?? '']);
		}
	]
};

/** The properties of a territory in the loaded tiles, or null when its tiles are not loaded. */
export function territoryProperties(
	map: MlMap,
	niveau: NationalLevel,
	code: string
): Record<string, unknown> | null {
	const layer = NATIONAL_LEVELS.find((l) => l.niveau === niveau)?.layer;
	if (!layer) return null;
	const [f] = map.querySourceFeatures(TILE_SOURCE, {
		sourceLayer: layer,
		filter: ['==', ['get', 'code'], code]
	});
	return f ? { ...f.properties } : null;
}
