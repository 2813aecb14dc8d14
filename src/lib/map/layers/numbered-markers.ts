import type { ExpressionSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { HELP_KINDS, KIND_INFO } from '../../catalog/kinds';
import { NUMBER_LINK, NUMBER_RING, NUMBER_TEXT } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';
import { spreadMarkers } from '../spread';

/** Radius of a numbered disc in CSS pixels; discs closer than a diameter are spread apart. */
const RADIUS = 12;
const STROKE = 2;
const MIN_DIST = 2 * (RADIUS + STROKE) + 2;

const kindColor = [
	'match',
	['get', 'kind'],
	...HELP_KINDS.flatMap((k) => [k, KIND_INFO[k].colour]),
	NUMBER_LINK
] as unknown as ExpressionSpecification;

/** A result of the finder, numbered as in its list. */
export interface NumberedPlace {
	kind: string;
	lat: number;
	lon: number;
}

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** Lay the discs where they do not overlap at the current zoom, each linked to its true place. */
function lay(map: MlMap, places: NumberedPlace[]) {
	const px = places.map((p) => map.project([p.lon, p.lat]));
	const spread = spreadMarkers(
		px.map((p) => ({ x: p.x, y: p.y })),
		MIN_DIST
	);
	const at = spread.map((s) => map.unproject([s.x, s.y]));
	(map.getSource('lieux') as GeoJSONSource).setData(
		collection(
			places.map((p, i) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [at[i].lng, at[i].lat] },
				properties: { n: String(i + 1), kind: p.kind }
			}))
		)
	);
	(map.getSource('lieux-liens') as GeoJSONSource).setData(
		collection(
			places
				.map((p, i) => ({ p, i }))
				.filter(({ i }) => Math.hypot(spread[i].x - px[i].x, spread[i].y - px[i].y) > 2)
				.map(({ p, i }) => ({
					type: 'Feature',
					geometry: {
						type: 'LineString',
						coordinates: [
							[p.lon, p.lat],
							[at[i].lng, at[i].lat]
						]
					},
					properties: {}
				}))
		)
	);
}

/**
 * The finder's results as numbered discs (1 = nearest), coloured by kind. Discs that would sit
 * on each other at the current zoom are spread on a ring (spreadMarkers) with a thin line and
 * a dot at their true place, laid again after every zoom; numbers ignore placement, so they
 * never push a name away.
 */
export const numberedMarkersLayer: MapLayer<{ places: NumberedPlace[] }> = {
	specs: () => [
		{
			id: 'numeros-liens',
			type: 'line',
			source: 'lieux-liens',
			paint: { 'line-color': NUMBER_LINK, 'line-width': 1.5 }
		},
		{
			id: 'numeros-points',
			type: 'circle',
			source: 'lieux-vrais',
			paint: { 'circle-radius': 3, 'circle-color': NUMBER_LINK }
		},
		{
			id: 'lieux',
			type: 'circle',
			source: 'lieux',
			paint: {
				'circle-radius': RADIUS,
				'circle-color': kindColor,
				'circle-stroke-color': NUMBER_RING,
				'circle-stroke-width': STROKE
			}
		},
		{
			id: 'numeros',
			type: 'symbol',
			source: 'lieux',
			layout: {
				'text-field': ['get', 'n'],
				'text-font': ['DejaVu Sans Bold'],
				'text-size': 13,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': NUMBER_TEXT }
		}
	],

	add(map, props) {
		const { places } = props;
		map.addSource('lieux', { type: 'geojson', data: collection([]) });
		map.addSource('lieux-vrais', {
			type: 'geojson',
			data: collection(
				places.map((p) => ({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
					properties: {}
				}))
			)
		});
		map.addSource('lieux-liens', { type: 'geojson', data: collection([]) });
		addInOrder(map, this.specs(props));
		lay(map, places);
		map.on('zoomend', () => lay(map, places));
	}
};
