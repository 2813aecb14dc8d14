/**
 * One entry point for routes, CLI and bench: parameters in, a file out (PDF, PNG 300 dpi or SVG)
 * with its media type and a file name, or an error in French.
 */
import type Database from 'better-sqlite3';
import { renderSheetPages } from '../../print/sheet-svg';
import { renderPoster, POSTER_SIZE } from '../../print/poster-svg';
import { paperSize } from '../../print/sheet-layout';
import type { PosterParams, SheetParams } from '../../print/print-params';
import { sheetData, type PrintContext } from './print-data';
import { posterData } from './poster-data';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';

export const OUTPUT_KINDS = ['pdf', 'png', 'svg'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface PrintFile {
	body: Buffer;
	type: string;
	filename: string;
	/** Pages of the document (a PNG or SVG holds one of them). */
	pages: number;
}

const TYPES: Record<OutputKind, string> = {
	pdf: 'application/pdf',
	png: 'image/png',
	svg: 'image/svg+xml; charset=utf-8'
};

/** A document to print: its pages drawn (at a PNG's pixel size), paper size in mm, file name. */
interface PrintDocument {
	draw: (pixels?: { w: number; h: number }) => string[];
	size: [number, number];
	name: string;
	/** The page a PNG or SVG shows (the last if beyond); a PDF holds every page. */
	page: number;
}

/** A file, or the error in French when the data cannot answer (unknown territory or commune). */
export type Printed = { ok: true; file: PrintFile } | { ok: false; error: string };

/** Parameters in, a file out: how a sheet and a poster are printed. */
export type Printer<P> = (
	db: Database.Database,
	p: P,
	ctx: PrintContext,
	kind: OutputKind,
	signal?: AbortSignal
) => Promise<Printed>;

async function output(
	kind: OutputKind,
	{ draw, size: [w, h], name, page }: PrintDocument,
	signal?: AbortSignal
): Promise<Printed> {
	// a PDF holds every page; PNG and SVG are one image: the page asked for (the last if beyond)
	let count = 1;
	const all = (pixels?: { w: number; h: number }) => {
		const pages = draw(pixels);
		count = pages.length;
		return pages;
	};
	const one = (pixels?: { w: number; h: number }) => {
		const pages = all(pixels);
		return pages[Math.min(page, pages.length) - 1];
	};
	const body =
		kind === 'svg'
			? Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n' + one(), 'utf8')
			: kind === 'pdf'
				? await renderPdf(all(), w, h, signal)
				: await renderPng((px) => one(px), w, h, 300, signal);
	return { ok: true, file: { body, type: TYPES[kind], filename: `${name}.${kind}`, pages: count } };
}

/** A map sheet as a file. */
export const printSheet: Printer<SheetParams> = async (db, p, ctx, kind, signal) => {
	const d = sheetData(db, p, ctx);
	if (!d.ok) return d;
	const suffix = kind !== 'pdf' && p.page > 1 ? `-page${p.page}` : '';
	return output(
		kind,
		{
			draw: (px) => renderSheetPages(d.value, px),
			size: paperSize(p.format),
			name: `carte-${p.theme}-${p.territoire}-${p.format}${suffix}`.toLowerCase(),
			page: p.page
		},
		signal
	);
};

/** A commune poster as a file. */
export const printPoster: Printer<PosterParams> = async (db, p, ctx, kind, signal) => {
	const d = posterData(db, p, ctx);
	if (!d.ok) return d;
	return output(
		kind,
		{
			draw: (px) => [renderPoster(d.value, px)],
			size: [POSTER_SIZE.widthMm, POSTER_SIZE.heightMm],
			name: `affiche-${p.commune}`,
			page: 1
		},
		signal
	);
};
