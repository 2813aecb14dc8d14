import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CommuneChange } from '../../analysis/scenarios/evaluate';
import { COMMUNE_LINE, SCENARIO_COMMUNE } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';
import { PICKABLE_LAYERS } from '../pick';
import { clickBox } from '../popups';

/** What a scenario does to a commune. */
export type ScenarioCommuneState = keyof typeof SCENARIO_COMMUNE;

/** The legend of the states, in the order read. */
export const SCENARIO_COMMUNE_LEGEND: Record<ScenarioCommuneState, string> = {
	lost: 'devient zone blanche',
	won: 'sort de la zone blanche',
	zb: 'zone blanche',
	moved: 'moins ou plus de lieux à portée',
	ok: 'aidée'
};

/**
 * A commune's state under a scenario: it enters or leaves the zones blanches, stays in one, has
 * fewer or more places within the threshold, or is covered and unchanged.
 */
export function scenarioCommuneState(
	code: string,
	zonesBlanches: ReadonlySet<string>,
	changes: ReadonlyMap<string, CommuneChange>
): ScenarioCommuneState {
	const c = changes.get(code);
	if (c?.after.zoneBlanche && !c.before.zoneBlanche) return 'lost';
	if (c?.before.zoneBlanche && !c.after.zoneBlanche) return 'won';
	if (zonesBlanches.has(code)) return 'zb';
	return c ? 'moved' : 'ok';
}

/** A click on the map: where, and the commune under it (null outside the communes drawn). */
export interface MapPick {
	lat: number;
	lon: number;
	code: string | null;
}

interface Props {
	communes: FeatureCollection;
	/** Each commune's state, by code INSEE (feature state `s`). */
	states: Map<string, ScenarioCommuneState>;
	/** A click anywhere but on a help point (which opens its popup). */
	onpick?: (pick: MapPick) => void;
}

const fill = [
	'match',
	['coalesce', ['feature-state', 's'], 'ok'],
	...Object.entries(SCENARIO_COMMUNE).flat(),
	SCENARIO_COMMUNE.ok
] as unknown as ExpressionSpecification;

/**
 * The communes of a scenario coloured by what it does to them (joined by code through feature
 * state), and the clicks that place a site: the point clicked and the commune under it.
 */
export const scenarioCommunesLayer: MapLayer<Props> = {
	legend: 'Communes selon ce que le scénario change',
	sourceNote: 'Contours IGN ADMIN EXPRESS ; zones blanches : IFN 2023 et lieux d’aide',

	specs: () => [
		{
			id: 'scenario-fill',
			type: 'fill',
			source: 'scenario-communes',
			paint: { 'fill-color': fill, 'fill-opacity': 0.8 }
		},
		{
			id: 'scenario-line',
			type: 'line',
			source: 'scenario-communes',
			paint: { 'line-color': COMMUNE_LINE, 'line-width': 0.6 }
		}
	],

	add(map, props) {
		map.addSource('scenario-communes', {
			type: 'geojson',
			data: props.communes,
			promoteId: 'code'
		});
		addInOrder(map, this.specs(props));
		map.on('click', (e) => {
			if (!props.onpick) return;
			const markers = PICKABLE_LAYERS.filter((l) => map.getLayer(l));
			if (map.queryRenderedFeatures(clickBox(e.point), { layers: markers }).length) return;
			const under = map.queryRenderedFeatures(e.point, { layers: ['scenario-fill'] })[0];
			const code = under?.properties?.code;
			props.onpick({ lat: e.lngLat.lat, lon: e.lngLat.lng, code: code ? String(code) : null });
		});
	},

	updates: [
		(map, { communes, states, onpick }, state) => {
			for (const f of communes.features) {
				const code = String(f.properties?.code);
				map.setFeatureState(
					{ source: 'scenario-communes', id: code },
					{ s: states.get(code) ?? 'ok' }
				);
			}
			map.getCanvas().style.cursor = onpick ? 'crosshair' : '';
			state.repaint();
		}
	]
};
