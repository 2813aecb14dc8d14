import { ZONE_BLANCHE, ZONE_BLANCHE_HATCH } from '../../catalog/style';
import { addInOrder, setVisible, type MapLayer } from '../layer';

const SIZE = 8;

/** A diagonal hatch so that zones blanches read in black and white too. */
function hatch(): ImageData {
	const c = document.createElement('canvas');
	c.width = SIZE;
	c.height = SIZE;
	const ctx = c.getContext('2d') as CanvasRenderingContext2D;
	ctx.fillStyle = ZONE_BLANCHE;
	ctx.fillRect(0, 0, SIZE, SIZE);
	ctx.strokeStyle = ZONE_BLANCHE_HATCH;
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(0, SIZE);
	ctx.lineTo(SIZE, 0);
	ctx.moveTo(-2, 2);
	ctx.lineTo(2, -2);
	ctx.moveTo(SIZE - 2, SIZE + 2);
	ctx.lineTo(SIZE + 2, SIZE - 2);
	ctx.stroke();
	return ctx.getImageData(0, 0, SIZE, SIZE);
}

/**
 * Zones blanches: communes more fragile than the reference average with no help within the
 * threshold. Hatched and outlined over the choropleth; joined by feature state `zb` of the
 * choropleth's `communes` source (add it after the choropleth).
 */
export const zonesBlanchesLayer: MapLayer<{ visible: boolean }> = {
	legend: 'Zone blanche : commune plus fragile que la moyenne, sans lieu d’aide à proximité',

	specs: () => [
		{
			id: 'zones-blanches-fill',
			type: 'fill',
			source: 'communes',
			paint: {
				'fill-pattern': 'zb-hatch',
				'fill-opacity': ['case', ['boolean', ['feature-state', 'zb'], false], 0.85, 0]
			}
		},
		{
			id: 'zones-blanches-line',
			type: 'line',
			source: 'communes',
			paint: {
				'line-color': ZONE_BLANCHE_HATCH,
				'line-width': 2.2,
				'line-opacity': ['case', ['boolean', ['feature-state', 'zb'], false], 1, 0]
			}
		}
	],

	add(map, props) {
		if (!map.hasImage('zb-hatch')) map.addImage('zb-hatch', hatch());
		addInOrder(map, this.specs(props));
	},

	updates: [
		(map, { visible }) => setVisible(map, ['zones-blanches-fill', 'zones-blanches-line'], visible)
	]
};
