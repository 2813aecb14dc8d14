import type { ExpressionSpecification, GeoJSONFeature, Map as MlMap } from 'maplibre-gl';
import { CLUSTER_FILL, CLUSTER_RING, CLUSTER_TEXT } from '../../catalog/style';
import { addInOrder, type MapLayer, type OrderedLayer } from '../layer';
import { TILE_SOURCE, addTileSource } from '../national-source';
import { bindPopups } from '../popups';
import { addKindImages, helpPointsLayer } from './help-points';

const isCluster: ExpressionSpecification = ['has', 'cluster'];
const count: ExpressionSpecification = ['to-number', ['get', 'count'], 0];

/**
 * Where a click on a group zooms: where it breaks apart (a tile zoom, drawn `offset` zooms
 * ahead), and at least one step in.
 */
export function clusterTarget(
	f: Pick<GeoJSONFeature, 'geometry' | 'properties'>,
	zoom: number,
	offset: number
): { center: [number, number]; zoom: number } | null {
	if (f.geometry.type !== 'Point') return null;
	const [lon, lat] = f.geometry.coordinates;
	const expansion = Number(f.properties?.expansion_zoom) - offset;
	return {
		center: [lon, lat],
		zoom: Number.isFinite(expansion) ? Math.max(expansion, zoom + 1) : zoom + 2
	};
}

interface Props {
	/** Zooms the tiles are drawn ahead (zoomOffset). */
	offset: number;
}

/**
 * Help points from the national tiles: groups with their count while they are many (a click
 * zooms in until they part), then one symbol per kind as on the département map, whose click
 * opens the same popup.
 */
export const nationalHelpPointsLayer: MapLayer<Props> = {
	sourceNote: helpPointsLayer.sourceNote,

	specs: ({ offset }) => {
		// Tiles drawn ahead (a phone) bring groups closer together: smaller discs.
		const r = (px: number) => Math.round(px * (offset ? 0.8 : 1));
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
					'circle-radius': [
						'interpolate',
						['linear'],
						count,
						...[2, r(10), 100, r(15), 1000, r(21), 5000, r(27)]
					]
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
					'text-size': offset ? 10 : 11,
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
			const target = f && clusterTarget(f, map.getZoom(), props.offset);
			if (target) map.easeTo(target);
		});
		map.on('mouseenter', 'clusters', () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', 'clusters', () => (map.getCanvas().style.cursor = ''));
	}
};
