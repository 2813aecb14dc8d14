import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { LABEL_HALO, LABEL_TEXT } from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';

/**
 * Where the names go: above the markers (`commune-labels`, the planner map), or under the
 * finder's numbered discs (`noms`), so that a name never hides a number.
 */
export type LabelsId = 'commune-labels' | 'noms';
/** Communes above this population are named in bold. */
const BIG = 5000;
const population: ExpressionSpecification = ['to-number', ['get', 'population'], 0];

/**
 * Smallest population named at each tile zoom (filters are evaluated per integer zoom): the six
 * towns of more than 5 000 inhabitants from the first view of a département on a phone (zoom
 * ≈ 7), towns of 1 500 from zoom 8 (the first view on a wide screen), every commune from 10.
 * Collisions are then settled by population (symbol-sort-key).
 */
export const LABEL_MIN_POPULATION: ReadonlyArray<readonly [zoom: number, population: number]> = [
	[0, BIG],
	[8, 1500],
	[9, 300],
	[10, 0]
];

/** The smallest population named at a zoom, per LABEL_MIN_POPULATION (for tests and print). */
export function minPopulationAt(zoom: number): number {
	let min = LABEL_MIN_POPULATION[0][1];
	for (const [z, p] of LABEL_MIN_POPULATION) if (Math.floor(zoom) >= z) min = p;
	return min;
}

/** One point per commune at its representative point (`lat`/`lon`), so a name shows once. */
export function communePoints(communes: FeatureCollection): FeatureCollection<Point> {
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
 * The commune-name layer over a source of `communePoints`. As `commune-labels` it sits above
 * the markers in zorder.ts, so MapLibre places it first and markers (which always show) never
 * hide a name; as `noms` it sits under the finder's numbered discs;
 * the most populous commune wins a collision between names; a name sits beside its point
 * (variable anchor) rather than on the markers of the town centre.
 */
export function communeLabelsSpec(
	source: string,
	id: LabelsId = 'commune-labels'
): SymbolLayerSpecification & { id: LabelsId } {
	const step: unknown[] = ['step', ['zoom'], LABEL_MIN_POPULATION[0][1]];
	for (const [z, p] of LABEL_MIN_POPULATION.slice(1)) step.push(z, p);
	return {
		id,
		type: 'symbol',
		source,
		filter: ['>=', population, step as ExpressionSpecification],
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
				7,
				['case', ['>', population, BIG], 12, 10],
				12,
				['case', ['>', population, BIG], 16, 13]
			],
			'text-max-width': 9,
			'text-padding': 2,
			'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
			'text-radial-offset': 0.8,
			'text-justify': 'auto',
			// lower keys are placed first: the most populous commune wins a collision
			'symbol-sort-key': ['-', 0, population]
		},
		paint: {
			'text-color': LABEL_TEXT,
			'text-halo-color': LABEL_HALO,
			'text-halo-width': 1.6,
			'text-halo-blur': 0.4
		}
	};
}

/**
 * Commune names, biggest first, from the first view; glyphs come from the app's `/glyphs` route
 * (DejaVu Sans, bold for communes of more than 5 000 inhabitants).
 */
export const communeLabelsLayer: MapLayer<{ communes: FeatureCollection; id?: LabelsId }> = {
	sourceNote: 'Noms et populations : INSEE (COG), via @etalab/decoupage-administratif',

	specs: ({ id }) => [communeLabelsSpec('commune-points', id)],

	add(map, props) {
		map.addSource('commune-points', { type: 'geojson', data: communePoints(props.communes) });
		addInOrder(map, this.specs(props));
	}
};
