/**
 * Text on a sheet: SVG has no line wrapping, so lines are measured with the font's real advance
 * widths (DejaVu Sans, font-metrics.ts) and broken or shortened here. Every routine is linear in
 * the length of its text, and stops early when the rest cannot show: a 5 MB name costs one pass.
 */
import { escapeXml } from './escape';
import { advanceEm } from './font-metrics';

/** The font stack: DejaVu Sans is embedded by the PDF/PNG renderer; the rest is for the SVG file. */
export const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** The smallest printed type: 7 pt, in mm (the unit of every sheet). */
export const MIN_TEXT_MM = (7 * 25.4) / 72;

/** Room kept for rounding and hinting in Chromium, so that a measured line never touches its frame. */
const SAFETY = 1.02;

const ELLIPSIS = '…';

function emOf(text: string, bold: boolean, from = 0, to = text.length): number {
	const weight = bold ? 'bold' : 'normal';
	let em = 0;
	for (let i = from; i < to; i++) {
		const cp = text.codePointAt(i) as number;
		if (cp > 0xffff) i++;
		em += advanceEm(cp, weight);
	}
	return em;
}

/** Width of a text in mm at a font size in mm. */
export function textWidth(text: string, size: number, bold = false): number {
	return emOf(text, bold) * size * SAFETY;
}

/**
 * The longest run of `text` from `from` that fits `maxWidth`: its end index (on a code point
 * boundary) and its width. Stops at the first character that does not fit.
 */
export function fitLength(
	text: string,
	maxWidth: number,
	size: number,
	bold = false,
	from = 0
): { end: number; width: number } {
	const weight = bold ? 'bold' : 'normal';
	const k = size * SAFETY;
	let width = 0;
	let i = from;
	while (i < text.length) {
		const cp = text.codePointAt(i) as number;
		const w = advanceEm(cp, weight) * k;
		if (width + w > maxWidth) break;
		width += w;
		i += cp > 0xffff ? 2 : 1;
	}
	return { end: i, width };
}

/** Cut a text to fit a width, ending with "…" when it was too long. */
export function truncate(text: string, maxWidth: number, size: number, bold = false): string {
	const all = fitLength(text, maxWidth, size, bold);
	if (all.end >= text.length) return text;
	const room = maxWidth - textWidth(ELLIPSIS, size, bold);
	const cut = fitLength(text, Math.max(0, room), size, bold, 0);
	return text.slice(0, Math.max(cut.end, 0)).trimEnd() + ELLIPSIS;
}

/** A line that must say it goes on: "…" appended, shortened if it would not fit. */
function withEllipsis(line: string, maxWidth: number, size: number, bold: boolean): string {
	const full = `${line}${ELLIPSIS}`;
	return textWidth(full, size, bold) <= maxWidth ? full : truncate(full, maxWidth, size, bold);
}

/**
 * Split a text into lines that fit a width, at most `maxLines` (the last one ends with "…" when
 * text is left over). Words wider than a line are broken, never dropped.
 */
export function wrap(
	text: string,
	maxWidth: number,
	size: number,
	maxLines = Infinity,
	bold = false
): string[] {
	const lines: string[] = [];
	const space = textWidth(' ', size, bold);
	let line = '';
	let lineW = 0;
	let more = false;
	const push = (l: string) => {
		if (lines.length < maxLines) lines.push(l);
		else more = true;
	};
	const words = /\S+/g;
	let m: RegExpExecArray | null;
	while (!more && (m = words.exec(text))) {
		const word = m[0];
		// measured only as far as a line: a 5 MB word costs no more than its first line
		const alone = fitLength(word, maxWidth, size, bold);
		if (alone.end === word.length && line && lineW + space + alone.width <= maxWidth) {
			line += ` ${word}`;
			lineW += space + alone.width;
			continue;
		}
		if (line) push(line);
		line = '';
		lineW = 0;
		if (more) break;
		if (alone.end === word.length) {
			line = word;
			lineW = alone.width;
			continue;
		}
		// a word wider than the line is broken where it stops fitting, never dropped
		let from = 0;
		while (!more) {
			const f = from === 0 ? alone : fitLength(word, maxWidth, size, bold, from);
			if (f.end === word.length) {
				line = word.slice(from);
				lineW = f.width;
				break;
			}
			const end = f.end > from ? f.end : from + (word.codePointAt(from)! > 0xffff ? 2 : 1);
			push(word.slice(from, end));
			from = end;
		}
	}
	if (line) push(line);
	if (more && lines.length > 0)
		lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], maxWidth, size, bold);
	return lines;
}

export interface TextStyle {
	size: number;
	weight?: 'normal' | 'bold';
	fill?: string;
	anchor?: 'start' | 'middle' | 'end';
	cls?: string;
	/** A white outline under the letters, so that a name reads on a busy map. */
	halo?: boolean;
}

/** One escaped SVG text element. */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
	const attrs = [
		`x="${r(x)}"`,
		`y="${r(y)}"`,
		`font-size="${r(style.size)}"`,
		style.weight === 'bold' ? 'font-weight="bold"' : '',
		style.fill ? `fill="${style.fill}"` : '',
		style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
		style.halo
			? `stroke="#fff" stroke-width="${r(style.size * 0.22)}" stroke-linejoin="round" paint-order="stroke"`
			: '',
		style.cls ? `class="${style.cls}"` : ''
	].filter(Boolean);
	return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** Round to 0.01 mm: enough for print, and keeps the SVG small. */
export function r(n: number): number {
	return Math.round(n * 100) / 100;
}
