import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import * as colors from '$lib/catalog/style';
import { HELP_KINDS, KIND_INFO } from '$lib/catalog/kinds';
import { LAYER_ORDER } from '$lib/map/zorder';
import type { MapLayer } from '$lib/map/layer';
import { communesChoropleth, choroplethClasses } from '$lib/map/layers/communes-choropleth';
import { zonesBlanchesLayer } from '$lib/map/layers/zones-blanches';
import { serviceAreasLayer } from '$lib/map/layers/service-areas';
import { outlinesLayer } from '$lib/map/layers/outlines';
import { communeLabelsLayer } from '$lib/map/layers/commune-labels';
import { tourStopsLayer } from '$lib/map/layers/tour-stops';
import { helpPointsLayer } from '$lib/map/layers/help-points';
import { communesPlainLayer } from '$lib/map/layers/communes-plain';
import { searchedPlaceLayer } from '$lib/map/layers/searched-place';
import { numberedMarkersLayer } from '$lib/map/layers/numbered-markers';
import { nationalTerritoriesLayer } from '$lib/map/layers/national-territories';
import { nationalHelpPointsLayer } from '$lib/map/layers/national-help-points';
import { nationalNamesLayer } from '$lib/map/layers/national-names';
import { scenarioCommuneState, scenarioCommunesLayer } from '$lib/map/layers/scenario-communes';
import { scenarioSitesGeoJson, scenarioSitesLayer } from '$lib/map/layers/scenario-sites';
import type { CommuneChange } from '$lib/analysis/scenarios/evaluate';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Every thematic layer with props enough to build its specs. */
const LAYERS: [string, MapLayer<never>, object][] = [
	[
		'communes-choropleth',
		communesChoropleth,
		{
			communes: empty,
			values: null,
			classes: choroplethClasses('ifn', 'valeur'),
			mode: 'valeur',
			selected: null
		}
	],
	['zones-blanches', zonesBlanchesLayer, { visible: true }],
	['service-areas', serviceAreasLayer, { visible: true }],
	['outlines', outlinesLayer, { contours: empty }],
	['commune-labels', communeLabelsLayer, { communes: empty }],
	['commune-labels (finder)', communeLabelsLayer, { communes: empty, id: 'noms' }],
	['tour-stops', tourStopsLayer, { arrets: empty, visible: true }],
	['help-points', helpPointsLayer, { lieux: empty, kinds: [] }],
	['communes-plain', communesPlainLayer, { communes: empty }],
	['searched-place', searchedPlaceLayer, { place: { lat: 44, lon: 6 } }],
	['numbered-markers', numberedMarkersLayer, { places: [] }],
	[
		'national-territories',
		nationalTerritoriesLayer,
		{ indicator: 'ifn', selected: null, offset: 0 }
	],
	['national-help-points', nationalHelpPointsLayer, { offset: 0 }],
	['national-names', nationalNamesLayer, { offset: 0 }],
	['scenario-communes', scenarioCommunesLayer, { communes: empty, states: new Map() }],
	['scenario-sites', scenarioSitesLayer, { removed: [], added: [] }]
] as never;

/**
 * Layers that reuse another map's ids on purpose: the finder's names, and the national map's
 * help points and names (drawn and clicked as on the département map, never on the same map).
 */
const REUSED = ['commune-labels (finder)', 'national-help-points', 'national-names'];

const specsOf = (layer: MapLayer<never>, props: object) => layer.specs(props as never);

/** Every string of a paint or layout value that reads as a colour. */
function colourStrings(value: unknown): string[] {
	if (typeof value === 'string')
		return /^(#[0-9a-f]{3,8}|rgba?\(.*\)|hsla?\(.*\))$/i.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(colourStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(colourStrings);
	return [];
}

/** Every colour the style module declares (constants, schemes) and the colours of the kinds. */
const PALETTE = new Set([
	...Object.values(colors).flatMap((v) =>
		typeof v === 'string' ? [v] : Array.isArray(v) ? [...v] : Object.values(v)
	),
	...HELP_KINDS.map((k) => KIND_INFO[k].colour)
]);

describe.each(LAYERS)('the %s layer', (_name, layer, props) => {
	const specs = specsOf(layer, props);

	it('draws at least one layer, each id declared in zorder.ts, bottom to top as declared', () => {
		expect(specs.length).toBeGreaterThan(0);
		const ranks = specs.map((s) => LAYER_ORDER.indexOf(s.id));
		for (const [i, r] of ranks.entries()) expect(r, specs[i].id).toBeGreaterThanOrEqual(0);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('takes every colour of its paint and layout from the colour module', () => {
		const used = specs.flatMap((s) => colourStrings([s.paint, s.layout]));
		for (const c of used) expect(PALETTE, c).toContain(c);
	});
});

describe('the layers of all maps', () => {
	it('never give two layers the same id', () => {
		const ids = LAYERS.filter(([name]) => !REUSED.includes(name)).flatMap(([, layer, props]) =>
			specsOf(layer, props).map((s) => s.id)
		);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('leave no id of zorder.ts unused (besides the background that MapView draws)', () => {
		const ids = new Set(
			LAYERS.flatMap(([, layer, props]) => specsOf(layer, props).map((s) => s.id))
		);
		expect(LAYER_ORDER.filter((id) => !ids.has(id))).toEqual(['background']);
	});

	it('draw the finder’s commune names over the communes and under the numbered results', () => {
		const at = (id: (typeof LAYER_ORDER)[number]) => LAYER_ORDER.indexOf(id);
		expect(at('noms')).toBeGreaterThan(at('communes'));
		expect(at('noms')).toBeGreaterThan(at('ici'));
		expect(at('noms')).toBeLessThan(at('numeros-liens'));
	});

	it('find a colour string in nested expressions', () => {
		expect(colourStrings({ a: ['match', ['get', 'k'], 'x', '#123456', '#fff'] })).toEqual([
			'#123456',
			'#fff'
		]);
	});
});

describe('the scenario layers', () => {
	const state = (zb: boolean, n: number) =>
		({ zoneBlanche: zb, withinThreshold: n, nearestKm: null }) as CommuneChange['before'];
	const change = (code: string, before: boolean, after: boolean, n0 = 0, n1 = 0) =>
		[code, { code, before: state(before, n0), after: state(after, n1) } as CommuneChange] as const;
	const changes = new Map([
		change('A', false, true),
		change('B', true, false),
		change('C', false, false, 2, 1)
	]);

	it.each([
		['A', 'lost'],
		['B', 'won'],
		['C', 'moved'],
		['D', 'zb'],
		['E', 'ok']
	])('reads commune %s as %s', (code, expected) => {
		expect(scenarioCommuneState(code, new Set(['A', 'D']), changes)).toBe(expected);
	});

	it('draws a fixed site as a star, a bus by its stops joined by a line, a removed place crossed', () => {
		const fc = scenarioSitesGeoJson({
			removed: [{ lat: 44, lon: 6, nom: 'ECE' }],
			added: [
				{ lat: 44, lon: 6, nom: 'FS', arrets: [] },
				{
					lat: 44,
					lon: 6,
					nom: 'Bus',
					arrets: [
						{ lat: 44, lon: 6, nom: 'Riez' },
						{ lat: 44.1, lon: 6.1, nom: 'Oraison' }
					]
				}
			]
		});
		expect(fc.features.map((f) => f.properties?.marker ?? f.geometry.type)).toEqual([
			'retire',
			'ajoute',
			'LineString',
			'arret',
			'arret'
		]);
	});
});
