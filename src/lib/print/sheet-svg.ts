/**
 * A whole map sheet as one standalone SVG document in millimetres: header, map, legend, numbered
 * list, sources, date of printing, live address and its QR code. Pure: the data comes in ready.
 */
import type { Geometry } from 'geojson';
import { sheetLayout, type SheetFormat, type SheetLayout, type Box } from './sheet-layout';
import { themeStyle, type ThemeId } from './themes';
import { renderMap, type MapPoint } from './map-svg';
import { renderLegend } from './legend-svg';
import { listHeading, listItems, renderList, type ListEntry } from './list-svg';
import { flowList } from './list-layout';
import { qrSvg } from './qr';
import { escapeXml } from './escape';
import { FONT_FAMILY, MIN_TEXT_MM, r, svgText, textWidth, truncate, wrap } from './text';

export interface SheetSource {
	titre: string;
	producteur: string;
	/** Already formatted ("17 mai 2023"). */
	date: string;
}

export interface SheetData {
	format: SheetFormat;
	theme: ThemeId;
	bw: boolean;
	title: string;
	subtitle: string;
	frame: Geometry[];
	/** Communes drawn; those outside the territory (context around an EPCI or a commune) stay plain. */
	communes: {
		code: string;
		geometry: Geometry;
		value: number | null;
		zoneBlanche: boolean;
		inside: boolean;
	}[];
	outlines: { geometry: Geometry; level: 'departement' | 'epci' | 'territoire' }[];
	/** Every help point drawn; numbered ones carry `n`, the number of their list entry. */
	points: MapPoint[];
	list: ListEntry[];
	/** What is numbered, in words. */
	listNote: string;
	/** Key figures in words, under the legend. */
	summary: string[];
	kinds: string[];
	sources: SheetSource[];
	/** "23 novembre 2026". */
	printedOn: string;
	liveUrl: string;
	/** A data: URL of an uploaded PNG or JPEG logo, kept for this sheet only. */
	logo?: string | null;
	/** Main towns of the territory, most populated first, to name on the map. */
	towns?: { nom: string; lon: number; lat: number }[];
}

export const OUTLINE_STYLE = {
	departement: { stroke: '#1b1b1b', width: 0.6 },
	epci: { stroke: '#555', width: 0.35 },
	territoire: { stroke: '#0a58ca', width: 0.9 }
};

/** Only raster data URLs are embedded: an SVG logo could carry scripts or remote references. */
export function safeLogo(logo: string | null | undefined): string | null {
	return logo && /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(logo) ? logo : null;
}

function header(d: SheetData, box: Box, scale: number, subtitle = d.subtitle): string {
	const logo = safeLogo(d.logo);
	const logoW = logo ? 38 * scale : 0;
	const w = box.w - logoW - (logo ? 4 * scale : 0);
	// a long title gets smaller type before it gets cut
	let ts = 7 * scale;
	while (ts > 5 * scale && textWidth(d.title, ts, true) > w) ts *= 0.95;
	let out = svgText(box.x, box.y + 7 * scale, truncate(d.title, w, ts, true), {
		size: ts,
		weight: 'bold',
		cls: 'title'
	});
	if (subtitle)
		out += svgText(box.x, box.y + ts + 6.5 * scale, truncate(subtitle, w, 4.2 * scale), {
			size: 4.2 * scale,
			fill: '#333'
		});
	if (logo)
		out += `<image href="${escapeXml(logo)}" x="${r(box.x + box.w - logoW)}" y="${r(box.y)}" width="${r(logoW)}" height="${r(box.h - 2)}" preserveAspectRatio="xMaxYMin meet"/>`;
	return (
		out +
		`<line x1="${r(box.x)}" y1="${r(box.y + box.h)}" x2="${r(box.x + box.w)}" y2="${r(box.y + box.h)}" stroke="#1b1b1b" stroke-width="0.4"/>`
	);
}

function footer(d: SheetData, box: Box, scale: number): string {
	const qrSide = box.h;
	const urlW = 50 * scale;
	const fs = Math.max(MIN_TEXT_MM, 2.5 * scale);
	const qrX = box.x + box.w - qrSide;
	const urlX = qrX - 2 * scale;
	const sourcesW = box.w - qrSide - urlW - 6 * scale;
	const sourcesText =
		'Sources : ' + d.sources.map((s) => `${s.titre} (${s.date})`).join(' ; ') + '.';
	const maxLines = Math.floor((box.h - fs * 2) / (fs * 1.2));
	const lines = wrap(sourcesText, sourcesW, fs, maxLines);
	let out = `<g class="sources">${lines.map((l, i) => svgText(box.x, box.y + 1.5 + fs * (i + 1) * 1.2, l, { size: fs, fill: '#333' })).join('')}</g>`;
	out += svgText(
		box.x,
		box.y + box.h - 0.5,
		`Imprimé le ${d.printedOn} · Maillage, cartographie de l’aide au numérique`,
		{
			size: fs,
			weight: 'bold',
			cls: 'printed'
		}
	);
	const urlLines = wrap(d.liveUrl.replace(/([/?&=])/g, '$1 '), urlW, fs, 4).map((l) =>
		l.replace(/ /g, '')
	);
	out += svgText(urlX, box.y + fs * 1.6, 'Carte en ligne, à jour :', {
		size: fs * 1.05,
		weight: 'bold',
		anchor: 'end'
	});
	out += urlLines
		.map((l, i) =>
			svgText(urlX, box.y + fs * 1.6 + fs * 1.25 * (i + 1), l, {
				size: fs,
				anchor: 'end',
				cls: 'live-url'
			})
		)
		.join('');
	out += qrSvg(d.liveUrl, qrX, box.y, qrSide);
	return `<line x1="${r(box.x)}" y1="${r(box.y - 1.5)}" x2="${r(box.x + box.w)}" y2="${r(box.y - 1.5)}" stroke="#999" stroke-width="0.2"/>${out}`;
}

/** The outer <svg> of one page of a sheet. */
function page(d: SheetData, L: SheetLayout, defs: string, body: string, pixels?: Pixels): string {
	const size = pixels
		? `width="${pixels.w}" height="${pixels.h}"`
		: `width="${r(L.widthMm)}mm" height="${r(L.heightMm)}mm"`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${r(L.widthMm)} ${r(L.heightMm)}" ` +
		`font-family="${FONT_FAMILY}" fill="#111" data-format="${d.format}" data-theme="${d.theme}">` +
		`<title>${escapeXml(d.title)}</title><defs>${defs}</defs>` +
		`<rect width="${r(L.widthMm)}" height="${r(L.heightMm)}" fill="#fff"/>` +
		body +
		`</svg>`
	);
}

type Pixels = { w: number; h: number };

/**
 * The sheet as SVG documents, one per page. Every help point of the `lieux` theme is numbered;
 * when the list does not fit beside the map at 7 pt or more, the map takes the whole first page
 * and the list continues on the next pages (in the PDF; PNG and SVG give one page at a time).
 */
export function renderSheetPages(d: SheetData, pixels?: Pixels): string[] {
	const numbered = d.theme === 'lieux' && d.list.length > 0;
	let L = sheetLayout(d.format, { list: numbered });
	const style = themeStyle(d.theme, d.bw, d.kinds);
	const besideMap =
		numbered && L.list ? renderList(d.list, d.listNote, L.list, L.scale, style.markerFill) : null;
	const continued = numbered && !besideMap;
	if (continued) L = sheetLayout(d.format, { list: false });
	const map = renderMap({
		box: L.map,
		frame: d.frame,
		areas: d.communes.map((c) => ({
			geometry: c.geometry,
			fill: c.inside ? style.fill(c) : '#ffffff',
			code: c.code
		})),
		areaStroke: style.communeStroke,
		lines: d.outlines.map((o) => ({ geometry: o.geometry, ...OUTLINE_STYLE[o.level] })),
		points: style.showPoints ? d.points : [],
		markerFill: style.markerFill,
		scale: L.scale,
		numberStyle: 'beside',
		towns: d.towns,
		maxTowns: d.format.startsWith('A3') ? 16 : 10
	});
	const legendItems = [
		...style.legend,
		...d.summary.map((s) => ({ type: 'note' as const, label: s })),
		...(continued
			? [
					{
						type: 'note' as const,
						label: `Les numéros renvoient à la liste des ${d.list.length} lieux, page 2.`
					}
				]
			: [])
	];
	const pages = [
		page(
			d,
			L,
			style.defs,
			header(d, L.header, L.scale) +
				map.svg +
				renderLegend(style.legendTitle, legendItems, L.legend, L.scale) +
				(besideMap ?? '') +
				footer(d, L.footer, L.scale),
			pixels
		)
	];
	if (!continued) return pages;
	// the list on pages of its own, in columns across the body of the page
	const body: Box = {
		x: L.map.x,
		y: L.map.y,
		w: L.map.w + (L.landscape ? L.legend.w + (L.legend.x - L.map.x - L.map.w) : 0),
		h: L.footer.y - 4 * L.scale - L.map.y
	};
	const lists: string[] = [];
	for (let start = 0; start < d.list.length; ) {
		const head = listHeading(
			lists.length === 0 ? 'Lieux numérotés sur la carte' : 'Lieux numérotés sur la carte (suite)',
			lists.length === 0 ? d.listNote : '',
			body,
			L.scale
		);
		const flow = flowList(d.list, start, head.area, Math.max(MIN_TEXT_MM, 2.8 * L.scale));
		if (flow.next === start) break; // cannot happen with a sane page, but never loop forever
		lists.push(
			`<g class="list" data-count="${flow.items.length}" data-font="${r(flow.size)}">${head.svg}${listItems(flow, style.markerFill)}</g>`
		);
		start = flow.next;
	}
	lists.forEach((list, i) =>
		pages.push(
			page(
				d,
				L,
				style.defs,
				header(
					d,
					L.header,
					L.scale,
					`Liste des lieux numérotés — page ${i + 2} sur ${lists.length + 1}`
				) +
					list +
					footer(d, L.footer, L.scale),
				pixels
			)
		)
	);
	return pages;
}

/** The first page of the sheet as an SVG document; `pixels` sets the outer size for a raster export. */
export function renderSheet(d: SheetData, pixels?: Pixels): string {
	return renderSheetPages(d, pixels)[0];
}
