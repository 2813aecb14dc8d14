/**
 * The commune poster "Où trouver de l’aide numérique près de chez vous ?": A4 portrait, large
 * type, the nearest help points numbered on a small map and described in a list (address, hours
 * in words, phone, next passage of an itinerant service), a QR code to the live finder.
 */
import type { Geometry } from 'geojson';
import { renderMap, type MapPoint } from './map-svg';
import { kindSymbol } from './marker-svg';
import { qrSvg } from './qr';
import { escapeXml } from './escape';
import { themeStyle } from './themes';
import type { SheetSource } from './sheet-svg';
import { FONT_FAMILY, MIN_TEXT_MM, r, svgText, wrap } from './text';
import { layoutPosterList, type EntryLayout } from './poster-entries';

export interface PosterEntry {
	n: number;
	id: number;
	kind: string;
	itinerant: boolean;
	nom: string;
	/** "France services · 1,2 km, ≈ 15 min à pied" */
	quoi: string;
	adresse: string;
	horaires: string;
	telephone: string | null;
	passage: string | null;
}

export interface PosterData {
	commune: string;
	bw: boolean;
	frame: Geometry[];
	communes: { code: string; geometry: Geometry; highlight: boolean }[];
	points: MapPoint[];
	entries: PosterEntry[];
	sources: SheetSource[];
	printedOn: string;
	liveUrl: string;
	/** Communes around, most populated first, to name on the map. */
	towns?: { nom: string; lon: number; lat: number }[];
}

export const POSTER_SIZE = { widthMm: 210, heightMm: 297 };
const M = 12;

function entrySvg(
	e: PosterEntry,
	lay: EntryLayout,
	size: number,
	x: number,
	y: number,
	fill: string
): string {
	const tx = x + 11;
	let out = kindSymbol(e.kind, x + 4.5, y + 3.2, 8.5, fill, e.itinerant);
	out += svgText(x + 4.5, y + 3.2 + 1.6, String(e.n), {
		size: 4.4,
		weight: 'bold',
		fill: '#fff',
		anchor: 'middle'
	});
	let cy = y + size * 1.3;
	for (const b of lay.blocks) {
		const s = b.big ? size * 1.3 : size;
		for (const l of b.lines) {
			out += svgText(tx, cy, l, {
				size: s,
				weight: b.bold ? 'bold' : 'normal',
				fill: b.big ? undefined : '#222'
			});
			cy += s * (b.big ? 1.15 : 1.25);
		}
	}
	return `<g class="list-item" data-n="${e.n}" data-id="${e.id}" data-kind="${escapeXml(e.kind)}" data-font="${r(size)}">${out}</g>`;
}

/** The poster as a standalone SVG document in mm; `pixels` sets the outer size for a PNG. */
export function renderPoster(d: PosterData, pixels?: { w: number; h: number }): string {
	const { widthMm: W, heightMm: H } = POSTER_SIZE;
	const style = themeStyle('lieux', d.bw, []);
	const titleSize = 9.5;
	let out = svgText(M, M + titleSize, 'Où trouver de l’aide numérique', {
		size: titleSize,
		weight: 'bold',
		cls: 'title'
	});
	out += svgText(M, M + titleSize * 2.15, 'près de chez vous ?', {
		size: titleSize,
		weight: 'bold',
		cls: 'title'
	});
	out += svgText(
		M,
		M + titleSize * 2.15 + 8,
		`À ${d.commune} et aux alentours : démarches en ligne, ordinateur, smartphone…`,
		{
			size: 4.2,
			fill: '#333'
		}
	);
	const mapBox = { x: M, y: 52, w: W - 2 * M, h: 70 };
	const map = renderMap({
		box: mapBox,
		frame: d.frame,
		areas: d.communes.map((c) => ({
			geometry: c.geometry,
			code: c.code,
			fill: c.highlight ? (d.bw ? '#e6e6e6' : '#fde7c8') : d.bw ? '#fff' : '#f4f1ea'
		})),
		areaStroke: d.bw ? '#999' : '#cbc4b4',
		lines: d.communes
			.filter((c) => c.highlight)
			.map((c) => ({ geometry: c.geometry, stroke: '#1b1b1b', width: 0.7 })),
		points: d.points,
		markerFill: style.markerFill,
		scale: 1,
		markerSize: 5.6,
		towns: d.towns,
		maxTowns: 8
	});
	out += map.svg;
	const listTop = mapBox.y + mapBox.h + 6;
	const footerH = 34;
	const listBox = { x: M, y: listTop, w: W - 2 * M, h: H - M - footerH - 4 - listTop };
	const colW = (W - 2 * M - 6) / 2;
	const lay = layoutPosterList(d.entries.slice(0, 6), listBox, colW - 11, 3);
	let rowY = listTop;
	lay.entries.forEach((entry, i) => {
		const col = i % 2;
		const e = d.entries[i];
		out += entrySvg(e, entry, lay.size, M + col * (colW + 6), rowY, style.markerFill(e.kind));
		if (col === 1 || i === lay.entries.length - 1) rowY += lay.rows[Math.floor(i / 2)];
	});
	if (d.entries.length === 0)
		out += svgText(M, listTop + 8, 'Aucun lieu d’aide trouvé à proximité dans la base.', {
			size: 5
		});
	// footer: QR code to the live finder, address in large type, date and sources
	const fy = H - M - footerH;
	out += `<line x1="${M}" y1="${r(fy - 2)}" x2="${W - M}" y2="${r(fy - 2)}" stroke="#1b1b1b" stroke-width="0.4"/>`;
	out += qrSvg(d.liveUrl, W - M - footerH, fy, footerH);
	const tw = W - 2 * M - footerH - 4;
	out += svgText(M, fy + 6, 'Toutes les adresses et horaires, à jour :', {
		size: 4.6,
		weight: 'bold'
	});
	out += wrap(d.liveUrl.replace(/([/?&=])/g, '$1 '), tw, 4.2, 2)
		.map((l) => l.replace(/ /g, ''))
		.map((l, i) => svgText(M, fy + 12 + i * 5, l, { size: 4.2, cls: 'live-url' }))
		.join('');
	out += svgText(
		M,
		fy + 21,
		`Imprimé le ${d.printedOn}. Vérifiez les horaires avant de vous déplacer.`,
		{
			size: 3.2,
			weight: 'bold',
			cls: 'printed'
		}
	);
	const src = 'Sources : ' + d.sources.map((s) => `${s.producteur} (${s.date})`).join(' ; ') + '.';
	const ss = MIN_TEXT_MM;
	out += wrap(src, tw, ss, 5)
		.map((l, i) => svgText(M, fy + 24.4 + i * ss * 1.12, l, { size: ss, fill: '#444' }))
		.join('');
	const size = pixels
		? `width="${pixels.w}" height="${pixels.h}"`
		: `width="${W}mm" height="${H}mm"`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}" fill="#111" data-format="A4-portrait">` +
		`<title>Où trouver de l’aide numérique près de chez vous ? ${escapeXml(d.commune)}</title><defs>${style.defs}</defs>` +
		`<rect width="${W}" height="${H}" fill="#fff"/>${out}</svg>`
	);
}
