import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { beforeId, type LayerId } from '../zorder';
import { LABEL_HALO, LABEL_TEXT } from '../colors';

const ID: LayerId = 'commune-labels';
/** Communes above this population are named from zoom 8, the others from zoom 9. */
const BIG = 5000;
const population: ExpressionSpecification = ['to-number', ['get', 'population'], 0];

/** One point per commune at its representative point (`lat`/`lon`), so a name shows once. */
function communePoints(communes: FeatureCollection): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const f of communes.features) {
		const { lat, lon, nom, code, population } = f.properties ?? {};
		if (typeof lat !== 'number' || typeof lon !== 'number' || !nom) continue;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: { code, nom, population }
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * Commune names, biggest first when they collide; glyphs come from the app's `/glyphs` route
 * (DejaVu Sans, bold for communes of more than 5 000 inhabitants).
 */
export const communeLabelsLayer = {
	sourceNote: 'Noms et populations : INSEE (COG), via @etalab/decoupage-administratif',

	add(map: MlMap, communes: FeatureCollection) {
		map.addSource('commune-points', { type: 'geojson', data: communePoints(communes) });
		const present = (id: string) => !!map.getLayer(id);
		map.addLayer(
			{
				id: ID,
				type: 'symbol',
				source: 'commune-points',
				minzoom: 8,
				filter: ['any', ['>=', ['zoom'], 9], ['>', population, BIG]],
				layout: {
					'text-field': ['get', 'nom'],
					'text-font': [
						'case',
						['>', population, BIG],
						['literal', ['DejaVu Sans Bold']],
						['literal', ['DejaVu Sans']]
					],
					'text-size': [
						'interpolate',
						['linear'],
						['zoom'],
						8,
						['case', ['>', population, BIG], 11, 10],
						12,
						['case', ['>', population, BIG], 15, 13]
					],
					'text-max-width': 10,
					'text-padding': 3,
					// lower keys are placed first: the most populous commune wins a collision
					'symbol-sort-key': ['-', 0, population]
				},
				paint: {
					'text-color': LABEL_TEXT,
					'text-halo-color': LABEL_HALO,
					'text-halo-width': 1.5,
					'text-halo-blur': 0.5
				}
			},
			beforeId(ID, present)
		);
	},

	setVisible(map: MlMap, on: boolean) {
		map.setLayoutProperty(ID, 'visibility', on ? 'visible' : 'none');
	}
};
