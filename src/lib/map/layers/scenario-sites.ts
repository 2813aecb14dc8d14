import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import {
	SCENARIO_REMOVED,
	SCENARIO_SITE,
	SCENARIO_SITE_LINE,
	SYMBOL_HALO
} from '../../catalog/style';
import { addInOrder, type MapLayer } from '../layer';

interface Spot {
	lat: number;
	lon: number;
	nom: string;
}

interface Props {
	/** Places the scenario switches off. */
	removed: Spot[];
	/** Sites it adds; a bus by its stops (drawn joined by a line). */
	added: (Spot & { arrets: Spot[] })[];
}

/** The markers of a scenario, as map images: site added, bus stop, place switched off. */
export const SCENARIO_MARKERS = {
	ajoute: 'site ajouté',
	arret: 'arrêt de bus ajouté',
	retire: 'lieu retiré'
} as const;
type Marker = keyof typeof SCENARIO_MARKERS;

const SIZE = 22;
const RATIO = 2;

function drawMarker(kind: Marker): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = SIZE * RATIO;
	const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
	ctx.scale(RATIO, RATIO);
	const c = SIZE / 2;
	ctx.lineJoin = 'round';
	ctx.beginPath();
	if (kind === 'ajoute')
		for (let i = 0; i < 10; i++) {
			const r = i % 2 ? 4 : 9.5;
			const a = (Math.PI / 5) * i - Math.PI / 2;
			ctx.lineTo(c + r * Math.cos(a), c + r * Math.sin(a));
		}
	else ctx.arc(c, c, kind === 'arret' ? 6.5 : 8, 0, Math.PI * 2);
	ctx.closePath();
	ctx.strokeStyle = SYMBOL_HALO;
	ctx.lineWidth = 3;
	ctx.stroke();
	ctx.fillStyle = kind === 'retire' ? SCENARIO_REMOVED : SCENARIO_SITE;
	ctx.globalAlpha = kind === 'retire' ? 0.75 : 1;
	ctx.fill();
	ctx.globalAlpha = 1;
	if (kind !== 'retire') {
		ctx.strokeStyle = SCENARIO_SITE_LINE;
		ctx.lineWidth = 1;
		ctx.stroke();
	}
	ctx.strokeStyle = SYMBOL_HALO;
	ctx.lineWidth = 2;
	if (kind === 'retire') {
		// a white cross over a grey disc: the place no longer counts
		ctx.beginPath();
		ctx.moveTo(c - 4, c - 4);
		ctx.lineTo(c + 4, c + 4);
		ctx.moveTo(c - 4, c + 4);
		ctx.lineTo(c + 4, c - 4);
		ctx.stroke();
	} else if (kind === 'arret') {
		ctx.fillStyle = SCENARIO_SITE_LINE;
		ctx.beginPath();
		ctx.arc(c, c, 2.5, 0, Math.PI * 2);
		ctx.fill();
	}
	return ctx.getImageData(0, 0, SIZE * RATIO, SIZE * RATIO);
}

const point = (s: Spot, marker: Marker): Feature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
	properties: { marker, nom: s.nom }
});

/** The scenario's markers and bus lines as one GeoJSON collection. */
export function scenarioSitesGeoJson({ removed, added }: Props): FeatureCollection {
	const features: Feature[] = removed.map((p) => point(p, 'retire'));
	for (const a of added) {
		if (a.arrets.length === 0) {
			features.push(point(a, 'ajoute'));
			continue;
		}
		if (a.arrets.length > 1)
			features.push({
				type: 'Feature',
				geometry: { type: 'LineString', coordinates: a.arrets.map((s) => [s.lon, s.lat]) },
				properties: { nom: a.nom }
			});
		features.push(...a.arrets.map((s) => point(s, 'arret')));
	}
	return { type: 'FeatureCollection', features };
}

function addImages(map: MlMap) {
	for (const m of Object.keys(SCENARIO_MARKERS) as Marker[])
		if (!map.hasImage(`scenario-${m}`))
			map.addImage(`scenario-${m}`, drawMarker(m), { pixelRatio: RATIO });
}

/**
 * What a scenario changes in the places: a grey crossed disc over each place switched off, a
 * star at each site added, a bus's stops joined by a dashed line. Always drawn, above the help
 * points.
 */
export const scenarioSitesLayer: MapLayer<Props> = {
	legend: 'Sites ajoutés et lieux retirés par le scénario',

	specs: () => [
		{
			id: 'scenario-bus-lines',
			type: 'line',
			source: 'scenario-sites',
			filter: ['==', ['geometry-type'], 'LineString'],
			paint: { 'line-color': SCENARIO_SITE_LINE, 'line-width': 2, 'line-dasharray': [2, 1.5] }
		},
		{
			id: 'scenario-sites',
			type: 'symbol',
			source: 'scenario-sites',
			filter: ['==', ['geometry-type'], 'Point'],
			layout: {
				'icon-image': ['concat', 'scenario-', ['get', 'marker']],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		}
	],

	add(map, props) {
		addImages(map);
		map.addSource('scenario-sites', { type: 'geojson', data: scenarioSitesGeoJson(props) });
		addInOrder(map, this.specs(props));
	},

	updates: [
		(map, props, state) => {
			(map.getSource('scenario-sites') as GeoJSONSource).setData(scenarioSitesGeoJson(props));
			state.repaint();
		}
	]
};
