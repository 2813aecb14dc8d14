/**
 * The numbered list in columns: each entry keeps its whole name (wrapped on up to three lines,
 * never cut short at 7 pt and more), columns fill top to bottom, and what does not fit in a box
 * is left for the next page.
 */
import type { Box } from './sheet-layout';
import { MIN_TEXT_MM, wrap } from './text';

export interface ListEntry {
	n: number;
	id: number;
	kind: string;
	itinerant: boolean;
	nom: string;
	commune: string;
}

export interface PlacedEntry {
	entry: ListEntry;
	/** Left edge of the entry's column and baseline of its first line. */
	x: number;
	y: number;
	lines: string[];
}

export interface ListFlow {
	items: PlacedEntry[];
	/** Index of the first entry that did not fit (entries.length when all did). */
	next: number;
	size: number;
	colW: number;
}

/** Width of the number column: three bold digits. */
export const numberWidth = (size: number) => size * 2.3;
/** Where an entry's text starts, after its number and its symbol. */
export const textOffset = (size: number) => numberWidth(size) + size * 1.5;
const MAX_LINES = 3;

/** Most columns a box holds at a size: a column keeps room for about 40 characters. */
const maxColumns = (box: Box, size: number) => Math.max(1, Math.floor(box.w / (size * 22)));

/** Lay out `entries` from `start` in columns inside `box` at a font size (mm). */
export function flowList(
	entries: ListEntry[],
	start: number,
	box: Box,
	size: number,
	cols = maxColumns(box, size)
): ListFlow {
	const colW = box.w / cols;
	const lineH = size * 1.2;
	const gap = size * 0.35;
	const textW = colW - textOffset(size) - size * 0.8;
	const items: PlacedEntry[] = [];
	let col = 0;
	let y = box.y;
	let i = start;
	while (i < entries.length && col < cols) {
		const e = entries[i];
		const text = e.commune ? `${e.nom} — ${e.commune}` : e.nom;
		const lines = wrap(text, textW, size, MAX_LINES);
		const h = lines.length * lineH + gap;
		if (y + h > box.y + box.h + gap * 0.5) {
			if (y === box.y) break; // not even one entry fits this column
			col++;
			y = box.y;
			continue;
		}
		items.push({ entry: e, x: box.x + col * colW, y: y + size, lines });
		y += h;
		i++;
	}
	return { items, next: i, size, colW };
}

/**
 * The largest size, from `preferred` down to 7 pt, at which every entry fits in the box, or null
 * when even 7 pt is too big (the list then continues on its own page).
 */
export function fitList(entries: ListEntry[], box: Box, preferred: number): ListFlow | null {
	const sizes: number[] = [];
	for (let s = preferred; s > MIN_TEXT_MM; s *= 0.94) sizes.push(s);
	sizes.push(MIN_TEXT_MM);
	for (const size of sizes)
		for (let cols = maxColumns(box, size); cols >= 1; cols--) {
			const f = flowList(entries, 0, box, size, cols);
			if (f.next === entries.length) return f;
		}
	return null;
}
