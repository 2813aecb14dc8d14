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

async function output(
	kind: OutputKind,
	draw: (pixels?: { w: number; h: number }) => string[],
	[w, h]: [number, number],
	name: string,
	page = 1,
	signal?: AbortSignal
): Promise<PrintFile> {
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
	return { body, type: TYPES[kind], filename: `${name}.${kind}`, pages: count };
}

/** A map sheet as a file. */
export async function printSheet(
	db: Database.Database,
	p: SheetParams,
	ctx: PrintContext,
	kind: OutputKind,
	signal?: AbortSignal
): Promise<{ ok: true; file: PrintFile } | { ok: false; error: string }> {
	const d = sheetData(db, p, ctx);
	if (!d.ok) return d;
	const suffix = kind !== 'pdf' && p.page > 1 ? `-page${p.page}` : '';
	const name = `carte-${p.theme}-${p.territoire}-${p.format}${suffix}`.toLowerCase();
	const file = await output(
		kind,
		(px) => renderSheetPages(d.value, px),
		paperSize(p.format),
		name,
		p.page,
		signal
	);
	return { ok: true, file };
}

/** A commune poster as a file. */
export async function printPoster(
	db: Database.Database,
	p: PosterParams,
	ctx: PrintContext,
	kind: OutputKind,
	signal?: AbortSignal
): Promise<{ ok: true; file: PrintFile } | { ok: false; error: string }> {
	const d = posterData(db, p, ctx);
	if (!d.ok) return d;
	const size: [number, number] = [POSTER_SIZE.widthMm, POSTER_SIZE.heightMm];
	const file = await output(
		kind,
		(px) => [renderPoster(d.value, px)],
		size,
		`affiche-${p.commune}`,
		1,
		signal
	);
	return { ok: true, file };
}
