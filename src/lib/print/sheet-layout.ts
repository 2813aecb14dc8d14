/**
 * Page sizes and the frames of a map sheet, in millimetres (the SVG user unit of every sheet:
 * one unit = 1 mm, so the PDF page size is exact).
 */

export const FORMATS = ['A4-portrait', 'A4-paysage', 'A3-portrait', 'A3-paysage'] as const;
export type SheetFormat = (typeof FORMATS)[number];

/** ISO 216 paper, portrait, in mm. */
const PAPER: Record<string, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export const PT_PER_MM = 72 / 25.4;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface SheetLayout {
	format: SheetFormat;
	landscape: boolean;
	widthMm: number;
	heightMm: number;
	widthPt: number;
	heightPt: number;
	/** Type scale: 1 on A4, √2 on A3 so that an enlarged sheet reads the same from further away. */
	scale: number;
	margin: number;
	header: Box;
	map: Box;
	legend: Box;
	/** The numbered list of help points; null when the theme numbers nothing. */
	list: Box | null;
	footer: Box;
}

/** Pixel count of a length in mm at a resolution in dots per inch (A4 at 300 dpi: 2480 × 3508). */
export function pixelsAt(mm: number, dpi: number): number {
	return Math.round((mm / 25.4) * dpi);
}

/** Paper size of a format in mm, [width, height]. */
export function paperSize(format: SheetFormat): [number, number] {
	const [paper, orientation] = format.split('-');
	const [w, h] = PAPER[paper];
	return orientation === 'paysage' ? [h, w] : [w, h];
}

/**
 * The frames of a sheet: header (title, subtitle, logo), map, legend, list, footer (sources,
 * date, live address and QR code). Portrait puts legend and list under the map; landscape
 * beside it.
 */
export function sheetLayout(format: SheetFormat, options: { list: boolean }): SheetLayout {
	const [widthMm, heightMm] = paperSize(format);
	const landscape = widthMm > heightMm;
	const scale = format.startsWith('A3') ? Math.SQRT2 : 1;
	const margin = 10 * scale;
	const inner = { x: margin, y: margin, w: widthMm - 2 * margin, h: heightMm - 2 * margin };
	const header: Box = { ...inner, h: 20 * scale };
	const footerH = 27 * scale;
	const footer: Box = { x: inner.x, y: inner.y + inner.h - footerH, w: inner.w, h: footerH };
	const gap = 4 * scale;
	const body: Box = {
		x: inner.x,
		y: header.y + header.h + gap,
		w: inner.w,
		h: footer.y - gap - (header.y + header.h + gap)
	};
	let map: Box, legend: Box;
	let list: Box | null = null;
	if (landscape) {
		const sideW = body.w * (options.list ? 0.36 : 0.27);
		map = { ...body, w: body.w - sideW - gap };
		const side = { x: map.x + map.w + gap, y: body.y, w: sideW, h: body.h };
		const legendH = options.list ? 62 * scale : side.h;
		legend = { ...side, h: legendH };
		if (options.list) list = { ...side, y: side.y + legendH + gap, h: side.h - legendH - gap };
	} else {
		const bottomH = body.h * (options.list ? 0.36 : 0.22);
		map = { ...body, h: body.h - bottomH - gap };
		const bottom = { x: body.x, y: map.y + map.h + gap, w: body.w, h: bottomH };
		const legendW = options.list ? 62 * scale : bottom.w;
		legend = { ...bottom, w: legendW };
		if (options.list)
			list = { ...bottom, x: bottom.x + legendW + gap, w: bottom.w - legendW - gap };
	}
	return {
		format,
		landscape,
		widthMm,
		heightMm,
		widthPt: widthMm * PT_PER_MM,
		heightPt: heightMm * PT_PER_MM,
		scale,
		margin,
		header,
		map,
		legend,
		list,
		footer
	};
}
