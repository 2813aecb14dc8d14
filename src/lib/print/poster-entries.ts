/**
 * The list of a commune poster: up to six entries in two columns, in the largest type that shows
 * every one whole (name, what and how far, address, phone, hours, next passage), from 10 pt down
 * to 8 pt. Only the hours, the least needed line, may end in "…" and then send to the live page;
 * a name, a distance or a phone number is never cut.
 */
import type { Box } from './sheet-layout';
import { wrap } from './text';

export interface PosterEntryText {
	nom: string;
	quoi: string;
	adresse: string;
	telephone: string | null;
	horaires: string;
	passage: string | null;
}

export interface EntryBlock {
	text: string;
	lines: string[];
	bold: boolean;
	big: boolean;
}

export interface EntryLayout {
	blocks: EntryBlock[];
	height: number;
}

export interface PosterListLayout {
	/** Body type size in mm; names are 1.3 × larger. */
	size: number;
	entries: EntryLayout[];
	/** Height of each row of two entries. */
	rows: number[];
	/** Entries shown (the farthest are left out only when even the smallest type cannot fit). */
	shown: number;
}

/** Body type sizes tried, largest first: 10 pt down to 8 pt (in mm). */
const SIZES = [3.6, 3.45, 3.3, 3.15, 3.0, 2.85];
const NAME_K = 1.3;
const LINE_K = 1.25;
/** Lines of hours (and of passages, plus one) kept when even 8 pt does not fit them all. */
const SHORT_HOURS = 2;

/** Lay one entry out at a body size, its text `width` mm wide. */
export function layoutEntry(
	e: PosterEntryText,
	width: number,
	size: number,
	short = false
): EntryLayout {
	const hoursLines = short ? SHORT_HOURS : Infinity;
	// caps only a pathological text (a real name takes two lines, an address three)
	const parts: [string, boolean, boolean, number][] = [
		[e.nom, true, true, 4],
		[e.quoi, false, false, 4],
		[e.adresse, false, false, 4],
		[e.telephone ? `Tél. ${e.telephone}` : '', true, false, 2],
		[e.horaires, false, false, Math.min(hoursLines, 12)],
		[e.passage ?? '', false, false, short ? SHORT_HOURS + 1 : 8]
	];
	const blocks: EntryBlock[] = [];
	let height = 0;
	for (const [text, bold, big, max] of parts) {
		if (!text) continue;
		const s = big ? size * NAME_K : size;
		const lines = wrap(text, width, s, max, bold);
		blocks.push({ text, lines, bold, big });
		height += lines.length * s * (big ? 1.15 : LINE_K);
	}
	return { blocks, height: height + size * 0.3 };
}

/** The list in its box: two columns, rows as tall as their taller entry. */
export function layoutPosterList(
	entries: PosterEntryText[],
	box: Box,
	textWidth: number,
	rowGap: number
): PosterListLayout {
	const attempt = (list: PosterEntryText[], size: number, short: boolean) => {
		const laid = list.map((e) => layoutEntry(e, textWidth, size, short));
		const rows: number[] = [];
		for (let i = 0; i < laid.length; i += 2)
			rows.push(Math.max(laid[i].height, laid[i + 1]?.height ?? 0) + rowGap);
		const total = rows.reduce((a, b) => a + b, 0);
		return total <= box.h ? { size, entries: laid, rows, shown: list.length } : null;
	};
	for (let shown = entries.length; shown > 0; shown--) {
		const list = entries.slice(0, shown);
		for (const short of [false, true])
			for (const size of SIZES) {
				const fit = attempt(list, size, short);
				if (fit) return fit;
			}
	}
	return { size: SIZES[SIZES.length - 1], entries: [], rows: [], shown: 0 };
}
