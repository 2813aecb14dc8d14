import type { ExpressionSpecification, GeoJSONFeature, Map as MlMap } from 'maplibre-gl';
import { CLUSTER_FILL, CLUSTER_RING, CLUSTER_TEXT } from '../../catalog/style';
import { addInOrder, type MapLayer, type OrderedLayer } from '../layer';
import { TILE_SOURCE, addTileSource } from '../national-source';
import type { ZoomOffset } from '../national-levels';
import { bindPopups } from '../popups';
import { addKindImages, helpPointsLayer } from './help-points';

const isCluster: ExpressionSpecification = ['has', 'cluster'];
const count: ExpressionSpecification = ['to-number', ['get', 'count'], 0];

/** Where a click on a group zooms: where it breaks apart, and at least one step in. */
export function clusterTarget(
	f: Pick<GeoJSONFeature, 'geometry' | 'properties'>,
	zoom: number
): { center: [number, number]; zoom: number } | null {
	if (f.geometry.type !== 'Point') return null;
	const [lon, lat] = f.geometry.coordinates;
	const expansion = Number(f.properties?.expansion_zoom);
	return {
		center: [lon, lat],
		zoom: Number.isFinite(expansion) ? Math.max(expansion, zoom + 1) : zoom + 2
	};
}

/**
 * Help points from the national tiles: groups with their count while they are many (a click
 * zooms in until they part), then one symbol per kind as on the département map, whose click
 * opens the same popup.
 */
export const nationalHelpPointsLayer: MapLayer<{ offset: ZoomOffset }> = {
	sourceNote: helpPointsLayer.sourceNote,

	specs: () => {
		const [point] = helpPointsLayer.specs({
			lieux: { type: 'FeatureCollection', features: [] },
			kinds: []
		});
		return [
			{
				id: 'clusters',
				type: 'circle',
				source: TILE_SOURCE,
				'source-layer': 'lieux',
				filter: isCluster,
				paint: {
					'circle-color': CLUSTER_FILL,
					'circle-opacity': 0.9,
					'circle-stroke-color': CLUSTER_RING,
					'circle-stroke-width': 1.5,
					'circle-radius': ['interpolate', ['linear'], count, 2, 10, 100, 15, 1000, 21, 5000, 27]
				}
			},
			{
				id: 'cluster-counts',
				type: 'symbol',
				source: TILE_SOURCE,
				'source-layer': 'lieux',
				filter: isCluster,
				layout: {
					'text-field': ['get', 'label'],
					'text-font': ['literal', ['DejaVu Sans Bold']],
					'text-size': 11,
					'text-allow-overlap': true
				},
				paint: { 'text-color': CLUSTER_TEXT }
			},
			{
				...point,
				source: TILE_SOURCE,
				'source-layer': 'lieux',
				filter: ['!', isCluster]
			} as OrderedLayer
		];
	},

	add(map: MlMap, props) {
		addTileSource(map, props.offset);
		addKindImages(map);
		addInOrder(map, this.specs(props));
		bindPopups(map);
		map.on('click', 'clusters', (e) => {
			const f = e.features?.[0];
			const target = f && clusterTarget(f, map.getZoom());
			if (target) map.easeTo(target);
		});
		map.on('mouseenter', 'clusters', () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', 'clusters', () => (map.getCanvas().style.cursor = ''));
	}
};
