/**
 * The pages of a territorial dossier: blocks (headings, paragraphs, tables, maps) flowed onto A4
 * portrait pages whose content height is known, tables split between pages with their header
 * repeated. Heights are measured with the font the page draws with (DejaVu Sans, font-metrics),
 * so the table of contents can give each section's page before Chromium prints. Pure.
 */
import type { DossierTable } from './dossier-tables';
import { wrap } from './text';

/** Page geometry in mm: A4 portrait, the footer (page number, date) in the bottom margin. */
export const DOSSIER_PAGE = {
	width: 210,
	height: 297,
	margin: 15,
	/** Bottom margin holding Chromium's footer. */
	footer: 14,
	/** Usable height of a page's content. */
	get content() {
		return this.height - this.margin - this.footer;
	},
	get text() {
		return this.width - 2 * this.margin;
	}
};

/** Type sizes in mm and line heights (multiples of the size): the CSS uses the same numbers. */
export const DOSSIER_TYPE = {
	body: 3.4,
	table: 2.75,
	line: 1.3,
	/** Vertical padding of a table cell, each side. */
	cellPad: 0.7,
	/** Horizontal padding of a table cell, each side. */
	cellSide: 1,
	h2: 6,
	h3: 4.2
};

export type Block =
	| { type: 'h2'; text: string }
	| { type: 'h3'; text: string }
	| { type: 'p'; text: string }
	| { type: 'table'; table: DossierTable }
	| { type: 'figure'; svgs: string[]; alt: string; caption: string };

export type PlacedBlock =
	| { type: 'h2' | 'h3' | 'p'; text: string }
	| { type: 'table'; table: DossierTable; from: number; to: number }
	| { type: 'figure'; svg: string; alt: string; caption: string; widthMm: number };

export interface TocEntry {
	text: string;
	page: number;
	level: 2 | 3;
}

/** Heights of the fixed blocks in mm, margins included. */
const H2 = DOSSIER_TYPE.h2 * 1.25 + 6;
const H3 = DOSSIER_TYPE.h3 * 1.25 + 3.5;
/** Caption and a little air under a table. */
const TABLE_EXTRA = H3 + 3;
/** A map sheet is 210 × 297 mm: its printed height for a width. */
const SHEET_RATIO = 297 / 210;

function textHeight(text: string, size: number, width: number, bold = false): number {
	return Math.max(1, wrap(text, width, size, Infinity, bold).length) * size * DOSSIER_TYPE.line;
}

/** Height of one table row (bold for the header), its tallest cell deciding. */
export function rowHeight(table: DossierTable, cells: string[], bold = false): number {
	const inner = (w: number) => w * DOSSIER_PAGE.text - 2 * DOSSIER_TYPE.cellSide;
	const tallest = Math.max(
		...cells.map((c, i) => textHeight(c, DOSSIER_TYPE.table, inner(table.columns[i].width), bold))
	);
	return tallest + 2 * DOSSIER_TYPE.cellPad + 0.3;
}

/**
 * Flow the blocks onto pages, after `firstPage - 1` pages already printed (cover, contents).
 * `cellTexts` gives a row's printed texts (numbers formatted). A heading never ends a page; a
 * section (h2) starts a new one; each map sheet takes a page.
 */
export function paginate(
	blocks: Block[],
	cellTexts: (t: DossierTable, row: number) => string[],
	firstPage: number
): { pages: PlacedBlock[][]; toc: TocEntry[] } {
	const pages: PlacedBlock[][] = [[]];
	const toc: TocEntry[] = [];
	let used = 0;
	const room = () => DOSSIER_PAGE.content - used;
	const page = () => pages[pages.length - 1];
	const newPage = () => {
		if (page().length) pages.push([]);
		used = 0;
	};
	const pageNo = () => firstPage + pages.length - 1;
	// a heading waits for what follows it, so that it never ends a page alone
	let pending: { block: PlacedBlock; h: number; entry?: TocEntry }[] = [];
	const flush = () => {
		for (const x of pending) {
			page().push(x.block);
			used += x.h;
			if (x.entry) toc.push({ ...x.entry, page: pageNo() });
		}
		pending = [];
	};
	const pendingH = () => pending.reduce((s, x) => s + x.h, 0);
	const place = (block: PlacedBlock, h: number) => {
		if (h + pendingH() > room() && used > 0) newPage();
		flush();
		page().push(block);
		used += h;
	};

	for (const b of blocks) {
		if (b.type === 'h2') {
			flush();
			newPage();
			pending.push({ block: b, h: H2, entry: { text: b.text, page: 0, level: 2 } });
		} else if (b.type === 'h3') {
			pending.push({ block: b, h: H3, entry: { text: b.text, page: 0, level: 3 } });
		} else if (b.type === 'p') {
			place(b, textHeight(b.text, DOSSIER_TYPE.body, DOSSIER_PAGE.text) + 2);
		} else if (b.type === 'figure') {
			b.svgs.forEach((svg, i) => {
				const caption = H3 + 2;
				// a map wants at least 60 % of a page: else it starts the next one
				if (room() - pendingH() < DOSSIER_PAGE.content * 0.6) newPage();
				flush();
				const h = room() - caption - 2;
				const widthMm = Math.min(DOSSIER_PAGE.text, h / SHEET_RATIO);
				const suffix = b.svgs.length > 1 ? ` (${i + 1}/${b.svgs.length})` : '';
				if (i === 0) toc.push({ text: b.caption, page: pageNo(), level: 3 });
				page().push({
					type: 'figure',
					svg,
					alt: b.alt + suffix,
					caption: b.caption + suffix,
					widthMm
				});
				used = DOSSIER_PAGE.content;
			});
		} else {
			const t = b.table;
			const header = rowHeight(
				t,
				t.columns.map((c) => c.label),
				true
			);
			const heights = t.rows.map((_, i) => rowHeight(t, cellTexts(t, i)));
			let from = 0;
			do {
				if (room() - pendingH() < TABLE_EXTRA + header + (heights[from] ?? 0)) newPage();
				flush();
				let h = TABLE_EXTRA + header;
				let to = from;
				while (to < heights.length && h + heights[to] <= room()) h += heights[to++];
				// a row taller than a page still goes somewhere
				if (to === from && to < heights.length) h += heights[to++];
				if (from === 0) toc.push({ text: t.caption, page: pageNo(), level: 3 });
				page().push({ type: 'table', table: t, from, to });
				used += h;
				from = to;
			} while (from < t.rows.length);
		}
	}
	flush();
	return { pages: pages.filter((p) => p.length), toc };
}
