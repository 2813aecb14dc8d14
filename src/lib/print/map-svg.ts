/**
 * The map of a sheet as SVG: a conformal conic projection centred on the territory and fitted to
 * its frame (Lambert-93-like, so shapes and the scale bar are right), communes filled by the
 * theme, outlines, help points (numbered or not), a scale bar in km and a north arrow.
 */
import { geoArea, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { haversineKm } from '../analysis/geo';
import type { Box } from './sheet-layout';
import { kindSymbol, numberedMarker } from './marker-svg';
import { placeMarkers } from './marker-placement';
import { Occupancy } from './label-placement';
import { numberLabels, symbolBox, townLabels } from './map-labels';
import { escapeXml } from './escape';
import { r, svgText } from './text';

export interface MapArea {
	geometry: Geometry;
	fill: string;
	code?: string;
}
export interface MapLine {
	geometry: Geometry;
	stroke: string;
	width: number;
}
export interface MapPoint {
	id: number;
	lon: number;
	lat: number;
	kind: string;
	itinerant: boolean;
	/** Number shown on the marker and in the list; unnumbered points are drawn small. */
	n?: number;
}

export interface MapInput {
	box: Box;
	/** What the map is framed on (the territory's shapes, and for a poster its help points). */
	frame: Geometry[];
	areas: MapArea[];
	areaStroke: string;
	lines: MapLine[];
	points: MapPoint[];
	markerFill(kind: string): string;
	/** Type and symbol scale (1 on A4). */
	scale: number;
	/** Numbered marker size in mm (default 4.6 × scale), for numbers drawn inside the symbol. */
	markerSize?: number;
	/**
	 * `inside`: the number in white inside a large symbol (a poster's few points); `beside`: a
	 * small symbol at its place and its number next to it (a sheet's many points).
	 */
	numberStyle?: 'inside' | 'beside';
	/** Towns to name, most important first, and how many names at most. */
	towns?: { nom: string; lon: number; lat: number }[];
	maxTowns?: number;
}

export interface ScaleBar {
	km: number;
	mm: number;
	label: string;
}

const NICE_KM = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

/** The longest round distance whose bar fits in `maxMm`, at `kmPerMm` on the map. */
export function scaleBar(kmPerMm: number, maxMm: number): ScaleBar {
	const km = [...NICE_KM].reverse().find((k) => k / kmPerMm <= maxMm) ?? NICE_KM[0];
	const label = `${km.toLocaleString('fr-FR')} km`;
	return { km, mm: km / kmPerMm, label };
}

/** GeoJSON polygons drawn with d3 must wind clockwise; reverse a ring set covering the globe. */
function d3Winding(g: Geometry): Geometry {
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const fixed = polys.map((rings) => {
		const area = geoArea({ type: 'Polygon', coordinates: rings });
		return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
	});
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: fixed[0] }
		: { type: 'MultiPolygon', coordinates: fixed };
}

const feature = (geometry: Geometry): Feature => ({ type: 'Feature', geometry, properties: {} });

/** The projection fitted to the frame within the box (with a small inner padding). */
export function fitProjection(frame: Geometry[], box: Box, pad = 4): GeoProjection {
	const fc = { type: 'FeatureCollection' as const, features: frame.map(d3Winding).map(feature) };
	const [[w, s], [e, n]] = geoPath().bounds(fc);
	const lon0 = (w + e) / 2;
	const lat0 = (s + n) / 2;
	return geoConicConformal()
		.parallels([lat0 - 1.5, lat0 + 1.5])
		.rotate([-lon0, 0])
		.fitExtent(
			[
				[box.x + pad, box.y + pad],
				[box.x + box.w - pad, box.y + box.h - pad]
			],
			fc
		);
}

/** Kilometres per millimetre at the centre of the box. */
export function kmPerMm(projection: GeoProjection, box: Box): number {
	const cx = box.x + box.w / 2;
	const cy = box.y + box.h / 2;
	const a = projection.invert?.([cx - 5, cy]);
	const b = projection.invert?.([cx + 5, cy]);
	if (!a || !b) return 1;
	return haversineKm(a[1], a[0], b[1], b[0]) / 10;
}

function northArrow(projection: GeoProjection, box: Box, scale: number): string {
	const size = 9 * scale;
	const x = box.x + box.w - size * 0.8;
	const y = box.y + size * 0.9;
	const c = projection.invert?.([x, y]);
	const p0 = c ? projection(c) : null;
	const p1 = c ? projection([c[0], c[1] + 0.05]) : null;
	const angle = p0 && p1 ? (Math.atan2(p1[0] - p0[0], p0[1] - p1[1]) * 180) / Math.PI : 0;
	const h = size / 2;
	return (
		`<g class="north" transform="translate(${r(x)} ${r(y)}) rotate(${r(angle)})">` +
		`<path d="M0 ${r(-h)}L${r(h * 0.45)} ${r(h * 0.6)}L0 ${r(h * 0.3)}Z" fill="#111"/>` +
		`<path d="M0 ${r(-h)}L${r(-h * 0.45)} ${r(h * 0.6)}L0 ${r(h * 0.3)}Z" fill="#fff" stroke="#111" stroke-width="0.25"/>` +
		svgText(0, -h - 1 * scale, 'N', { size: 3.2 * scale, weight: 'bold', anchor: 'middle' }) +
		`</g>`
	);
}

function placeTowns(
	input: MapInput,
	projection: GeoProjection,
	box: Box,
	taken: Occupancy
): string {
	const towns = (input.towns ?? []).flatMap((t) => {
		const xy = projection([t.lon, t.lat]);
		return xy ? [{ nom: t.nom, x: xy[0], y: xy[1] }] : [];
	});
	return townLabels(towns, box, taken, input.scale, input.maxTowns ?? 10).svg;
}

/** Room taken by the north arrow (its letter included), top right of the map. */
function northArrowBox(box: Box, scale: number): Box {
	const size = 9 * scale;
	return { x: box.x + box.w - size * 1.4, y: box.y, w: size * 1.4, h: size * 1.6 };
}

/** Room taken by the scale bar and its labels, bottom left of the map. */
function scaleBarBox(bar: ScaleBar, box: Box, scale: number): Box {
	const fs = 2.8 * scale;
	const y = box.y + box.h - 5 * scale - fs - 2;
	return { x: box.x, y, w: bar.mm + 4 * scale + fs * 4, h: box.y + box.h - y };
}

function scaleBarSvg(bar: ScaleBar, box: Box, scale: number): string {
	const x = box.x + 4 * scale;
	const y = box.y + box.h - 5 * scale;
	const h = 1.4 * scale;
	const half = bar.mm / 2;
	const fs = 2.8 * scale;
	return (
		`<g class="scale-bar" data-km="${bar.km}" data-mm="${r(bar.mm)}">` +
		`<rect x="${r(x - 1.5)}" y="${r(y - fs - 2)}" width="${r(bar.mm + 3 + fs * 2)}" height="${r(fs + h + 3.5)}" fill="#fff" fill-opacity="0.8"/>` +
		`<rect x="${r(x)}" y="${r(y)}" width="${r(half)}" height="${r(h)}" fill="#111" stroke="#111" stroke-width="0.2"/>` +
		`<rect x="${r(x + half)}" y="${r(y)}" width="${r(half)}" height="${r(h)}" fill="#fff" stroke="#111" stroke-width="0.2"/>` +
		svgText(x, y - 1, '0', { size: fs, anchor: 'middle' }) +
		svgText(x + bar.mm, y - 1, bar.label, { size: fs, anchor: 'middle' }) +
		`</g>`
	);
}

/** The map as an SVG group (string), with the projection used, for the layout around it. */
export function renderMap(input: MapInput): {
	svg: string;
	projection: GeoProjection;
	kmPerMm: number;
	scaleBar: ScaleBar;
} {
	const { box, scale } = input;
	const projection = fitProjection(input.frame, box);
	const path = geoPath(projection).digits(2);
	const clipId = `clip-${Math.round(box.x)}-${Math.round(box.y)}`;
	let body = '';
	for (const a of input.areas) {
		const d = path(d3Winding(a.geometry));
		if (d)
			body += `<path d="${d}" fill="${a.fill}" stroke="${input.areaStroke}" stroke-width="${r(0.15 * scale)}"${a.code ? ` data-code="${escapeXml(a.code)}"` : ''}/>`;
	}
	for (const l of input.lines) {
		const d = path(d3Winding(l.geometry));
		if (d)
			body += `<path d="${d}" fill="none" stroke="${l.stroke}" stroke-width="${l.width}" stroke-linejoin="round"/>`;
	}
	const inBox = (p: [number, number] | null): p is [number, number] =>
		!!p && p[0] >= box.x && p[0] <= box.x + box.w && p[1] >= box.y && p[1] <= box.y + box.h;
	// everything drawn so far that a label must not cover: symbols, the north arrow, the scale bar
	const taken = new Occupancy();
	const km = kmPerMm(projection, box);
	const bar = scaleBar(km, box.w * 0.25);
	taken.add(northArrowBox(box, scale));
	taken.add(scaleBarBox(bar, box, scale));
	for (const p of input.points.filter((p) => p.n == null)) {
		const xy = projection([p.lon, p.lat]);
		if (!inBox(xy)) continue;
		body += kindSymbol(p.kind, xy[0], xy[1], 2.4 * scale, input.markerFill(p.kind));
		taken.add(symbolBox(xy[0], xy[1], 2.4 * scale));
	}
	const numbered = input.points
		.filter((p) => p.n != null)
		.map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
		.filter((m): m is { p: MapPoint; xy: [number, number] } => inBox(m.xy));
	let labels = '';
	if (input.numberStyle === 'beside') {
		for (const m of numbered) taken.add(symbolBox(m.xy[0], m.xy[1], 3 * scale));
		const towns = placeTowns(input, projection, box, taken);
		labels = numberLabels(
			numbered.map((m) => ({ ...m.p, n: m.p.n as number, x: m.xy[0], y: m.xy[1] })),
			box,
			taken,
			scale,
			input.markerFill
		);
		labels = towns + labels;
	} else {
		const size = input.markerSize ?? 4.6 * scale;
		const spots = placeMarkers(
			numbered.map((m) => ({ x: m.xy[0], y: m.xy[1] })),
			size * 0.55
		);
		// markers moved aside are drawn first: their leader lines pass under the others
		const order = numbered.map((_, i) => i).sort((a, b) => +spots[b].moved - +spots[a].moved);
		for (const i of order) {
			const m = numbered[i];
			const s = spots[i];
			const anchor = s.moved ? { x: m.xy[0], y: m.xy[1] } : null;
			taken.add(symbolBox(s.x, s.y, size));
			labels += numberedMarker(
				m.p.n as number,
				m.p.id,
				m.p.kind,
				s,
				anchor,
				size,
				input.markerFill(m.p.kind),
				m.p.itinerant
			);
		}
		labels = placeTowns(input, projection, box, taken) + labels;
	}
	body += labels;
	const svg =
		`<g class="map"><clipPath id="${clipId}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}"/></clipPath>` +
		`<g clip-path="url(#${clipId})">${body}</g>` +
		`<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" fill="none" stroke="#333" stroke-width="0.3"/>` +
		northArrow(projection, box, scale) +
		scaleBarSvg(bar, box, scale) +
		`</g>`;
	return { svg, projection, kmPerMm: km, scaleBar: bar };
}
