/**
 * The map of a sheet as SVG: a conformal conic projection centred on the territory and fitted to
 * its frame (Lambert-93-like, so shapes and the scale bar are right), communes filled by the
 * theme, outlines, help points (numbered or not), a scale bar in km and a north arrow.
 */
import { geoArea, geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Box } from './sheet-layout';
import { kindSymbol, numberedMarker } from './marker-svg';
import { placeMarkers } from './marker-placement';
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
	/** Numbered marker size in mm (default 4.6 × scale). */
	markerSize?: number;
}

export interface ScaleBar {
	km: number;
	mm: number;
	label: string;
}

const NICE_KM = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
const EARTH_KM = 6371.0088;

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
	return (geoDistance(a, b) * EARTH_KM) / 10;
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
	for (const p of input.points.filter((p) => p.n == null)) {
		const xy = projection([p.lon, p.lat]);
		if (inBox(xy)) body += kindSymbol(p.kind, xy[0], xy[1], 2.4 * scale, input.markerFill(p.kind));
	}
	const size = input.markerSize ?? 4.6 * scale;
	const numbered = input.points
		.filter((p) => p.n != null)
		.map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
		.filter((m): m is { p: MapPoint; xy: [number, number] } => inBox(m.xy));
	const spots = placeMarkers(
		numbered.map((m) => ({ x: m.xy[0], y: m.xy[1] })),
		size * 0.55
	);
	numbered.forEach((m, i) => {
		const s = spots[i];
		const anchor = s.moved ? { x: m.xy[0], y: m.xy[1] } : null;
		body += numberedMarker(
			m.p.n as number,
			m.p.id,
			m.p.kind,
			s,
			anchor,
			size,
			input.markerFill(m.p.kind),
			m.p.itinerant
		);
	});
	const km = kmPerMm(projection, box);
	const bar = scaleBar(km, box.w * 0.25);
	const svg =
		`<g class="map"><clipPath id="${clipId}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}"/></clipPath>` +
		`<g clip-path="url(#${clipId})">${body}</g>` +
		`<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" fill="none" stroke="#333" stroke-width="0.3"/>` +
		northArrow(projection, box, scale) +
		scaleBarSvg(bar, box, scale) +
		`</g>`;
	return { svg, projection, kmPerMm: km, scaleBar: bar };
}
