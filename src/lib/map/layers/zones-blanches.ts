import type { Map as MlMap } from 'maplibre-gl';
import { ZONE_BLANCHE, ZONE_BLANCHE_HATCH } from '../../catalog/style';
import { beforeId } from '../zorder';

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
 * threshold. Hatched and outlined over the choropleth; joined by feature state `zb`.
 */
export const zonesBlanchesLayer = {
	legend: 'Zone blanche : commune plus fragile que la moyenne, sans lieu d’aide à proximité',

	add(map: MlMap) {
		const present = (id: string) => !!map.getLayer(id);
		if (!map.hasImage('zb-hatch')) map.addImage('zb-hatch', hatch());
		map.addLayer(
			{
				id: 'zones-blanches-fill',
				type: 'fill',
				source: 'communes',
				paint: {
					'fill-pattern': 'zb-hatch',
					'fill-opacity': ['case', ['boolean', ['feature-state', 'zb'], false], 0.85, 0]
				}
			},
			beforeId('zones-blanches-fill', present)
		);
		map.addLayer(
			{
				id: 'zones-blanches-line',
				type: 'line',
				source: 'communes',
				paint: {
					'line-color': ZONE_BLANCHE_HATCH,
					'line-width': 2.2,
					'line-opacity': ['case', ['boolean', ['feature-state', 'zb'], false], 1, 0]
				}
			},
			beforeId('zones-blanches-line', present)
		);
	},

	setVisible(map: MlMap, on: boolean) {
		for (const id of ['zones-blanches-fill', 'zones-blanches-line'])
			map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
	}
};
