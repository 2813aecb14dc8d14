import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SYMBOL_HALO, SYMBOL_OUTLINE } from '../../catalog/style';
import { HELP_KINDS, KIND_INFO, type HelpKind } from '../../catalog/kinds';
import { addInOrder, type MapLayer } from '../layer';
import { bindPopups } from '../popups';

const SIZE = 20;
const RATIO = 2;

/** Draw a kind's shape (filled colour, white halo, dark outline) into image data for MapLibre. */
function drawIcon(kind: HelpKind, itinerant: boolean): ImageData {
	const px = SIZE * RATIO;
	const canvas = document.createElement('canvas');
	canvas.width = px;
	canvas.height = px;
	const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
	ctx.scale(RATIO, RATIO);
	const path = new Path2D(KIND_INFO[kind].shape);
	ctx.lineJoin = 'round';
	ctx.strokeStyle = SYMBOL_HALO;
	ctx.lineWidth = 3;
	ctx.stroke(path);
	ctx.fillStyle = KIND_INFO[kind].colour;
	ctx.fill(path);
	ctx.strokeStyle = SYMBOL_OUTLINE;
	ctx.lineWidth = 1;
	ctx.stroke(path);
	if (itinerant) {
		ctx.fillStyle = SYMBOL_HALO;
		ctx.beginPath();
		ctx.arc(10, 10, 3, 0, Math.PI * 2);
		ctx.fill();
	}
	return ctx.getImageData(0, 0, px, px);
}

/**
 * The symbol of each kind, plain and itinerant, as map images `lieu-{kind}[-itinerant]` (the
 * département map and the national map draw help points alike).
 */
export function addKindImages(map: MlMap): void {
	for (const kind of HELP_KINDS)
		for (const it of [false, true]) {
			const id = `lieu-${kind}${it ? '-itinerant' : ''}`;
			if (!map.hasImage(id)) map.addImage(id, drawIcon(kind, it), { pixelRatio: RATIO });
		}
}

interface Props {
	lieux: FeatureCollection;
	/** The kinds shown. */
	kinds: string[];
}

/**
 * Help points by kind, one shape per kind; itinerant services carry a white dot. A click opens
 * the popup of the points (and tour stops) under it.
 */
export const helpPointsLayer: MapLayer<Props> = {
	sourceNote:
		'ANCT (France services 2024, conseillers numériques 2022), Hub du Sud 2023, data·inclusion 2023, Ministère de la Culture, Aidants Connect 2024',

	specs: () => [
		{
			id: 'help-points',
			type: 'symbol',
			source: 'lieux',
			layout: {
				'icon-image': [
					'concat',
					'lieu-',
					['get', 'kind'],
					['case', ['==', ['get', 'itinerant'], 1], '-itinerant', '']
				],
				'icon-allow-overlap': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.65, 12, 1.1],
				'symbol-sort-key': [
					'match',
					['get', 'kind'],
					...HELP_KINDS.flatMap((k) => [k, KIND_INFO[k].drawOrder]),
					0
				] as unknown as ExpressionSpecification
			}
		}
	],

	add(map, props) {
		addKindImages(map);
		map.addSource('lieux', { type: 'geojson', data: props.lieux });
		addInOrder(map, this.specs(props));
		bindPopups(map);
	},

	updates: [
		(map, { kinds }) => map.setFilter('help-points', ['in', ['get', 'kind'], ['literal', kinds]])
	]
};
