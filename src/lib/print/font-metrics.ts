/**
 * Advance widths of DejaVu Sans (regular and bold), the font every printed sheet is drawn with:
 * read once from the `dejavu-fonts-ttf` package with opentype.js, so that text is measured with
 * the very font Chromium embeds in the PDF (see print-browser.ts), not an estimate.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';

const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export type FontWeight = keyof typeof FILES;

/** Advance (in em) of a code point the font lacks: Chromium then falls back to a wider font. */
const MISSING_EM = 1;

interface Metrics {
	font: Font;
	/** Code point → advance in em, filled on first use (a few hundred entries in practice). */
	advances: Map<number, number>;
}
const loaded: Partial<Record<FontWeight, Metrics>> = {};
const files: Partial<Record<FontWeight, Buffer>> = {};

/** The TTF file of a weight, read once from node_modules (never bundled). */
export function fontFile(weight: FontWeight): Buffer {
	let f = files[weight];
	if (!f) {
		const require = createRequire(import.meta.url);
		f = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FILES[weight]}`));
		files[weight] = f;
	}
	return f;
}

function metrics(weight: FontWeight): Metrics {
	let m = loaded[weight];
	if (!m) {
		const file = fontFile(weight);
		const font = opentype.parse(
			file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
			{ lowMemory: true }
		);
		m = { font, advances: new Map() };
		loaded[weight] = m;
	}
	return m;
}

/** Advance of one code point in em (kerning ignored: it only ever tightens DejaVu's pairs). */
export function advanceEm(codePoint: number, weight: FontWeight): number {
	const m = metrics(weight);
	let a = m.advances.get(codePoint);
	if (a === undefined) {
		const index = m.font.charToGlyphIndex(String.fromCodePoint(codePoint));
		const glyph = index > 0 ? m.font.glyphs.get(index) : null;
		a = glyph?.advanceWidth != null ? glyph.advanceWidth / m.font.unitsPerEm : MISSING_EM;
		// zero-width and control characters stay 0; never negative
		a = Math.max(0, a);
		m.advances.set(codePoint, a);
	}
	return a;
}
