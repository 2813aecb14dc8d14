/**
 * Text on a sheet: SVG has no line wrapping, so lines are cut from an estimate of the width of a
 * generic sans-serif (average advance ≈ 0.52 em; a little wide on purpose, so text never
 * overflows its frame).
 */
import { escapeXml } from './escape';

/** The only font stack: generic, so no remote or bundled font is ever needed. */
export const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** Advance of a character in em: capitals and wide letters are wider, punctuation narrower. */
function advance(ch: string): number {
	if (/[MWmw@]/.test(ch)) return 0.86;
	if (/[A-Z0-9ÀÂÉÈÊËÎÏÔÙÛÜÇŒ]/.test(ch)) return 0.7;
	if (/[ .,;:'’!|il()-]/.test(ch)) return 0.34;
	return 0.6;
}

/** Estimated width of a text in mm at a font size in mm. */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += advance(ch);
	return em * size * (bold ? 1.1 : 1);
}

/** Cut a text to fit a width, ending with "…" when it was too long. */
export function truncate(text: string, maxWidth: number, size: number, bold = false): string {
	if (textWidth(text, size, bold) <= maxWidth) return text;
	const chars = [...text];
	let n = chars.length;
	while (n > 1 && textWidth(chars.slice(0, n).join('') + '…', size, bold) > maxWidth) n--;
	return chars.slice(0, n).join('').trimEnd() + '…';
}

/** Split a text into lines that fit a width, at most `maxLines` (the last one truncated). */
export function wrap(
	text: string,
	maxWidth: number,
	size: number,
	maxLines = Infinity,
	bold = false
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (line && textWidth(next, size, bold) > maxWidth) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = truncate(
			`${kept[maxLines - 1]} ${lines[maxLines]}…`,
			maxWidth,
			size,
			bold
		);
		if (!kept[maxLines - 1].endsWith('…')) kept[maxLines - 1] += '…';
		return kept;
	}
	return lines.map((l) => truncate(l, maxWidth, size, bold));
}

export interface TextStyle {
	size: number;
	weight?: 'normal' | 'bold';
	fill?: string;
	anchor?: 'start' | 'middle' | 'end';
	cls?: string;
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
		style.cls ? `class="${style.cls}"` : ''
	].filter(Boolean);
	return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** Several lines, `lineHeight` apart, starting with the baseline of the first at y. */
export function svgLines(
	x: number,
	y: number,
	lines: string[],
	lineHeight: number,
	style: TextStyle
): string {
	return lines.map((l, i) => svgText(x, y + i * lineHeight, l, style)).join('');
}

/** Round to 0.01 mm: enough for print, and keeps the SVG small. */
export function r(n: number): number {
	return Math.round(n * 100) / 100;
}
