/** The numbered list of help points beside the map; its numbers are the markers' numbers. */
import type { Box } from './sheet-layout';
import { kindSymbol } from './marker-svg';
import { escapeXml } from './escape';
import { r, svgText, truncate, wrap } from './text';

export interface ListEntry {
	n: number;
	id: number;
	kind: string;
	itinerant: boolean;
	nom: string;
	commune: string;
}

/** Font size, columns and rows that fit `count` one-line entries in a box. */
export function listGrid(count: number, box: Box, scale: number) {
	let size = 2.6 * scale;
	for (;;) {
		const rowH = size * 1.42;
		const rows = Math.max(1, Math.floor(box.h / rowH));
		const cols = Math.max(1, Math.ceil(count / rows));
		const colW = box.w / cols;
		if (colW >= size * 20 || size <= 1.5 * scale) return { size, rowH, rows, cols, colW };
		size *= 0.92;
	}
}

/** A heading, a note saying what is numbered, then the entries in columns. */
export function renderList(
	entries: ListEntry[],
	note: string,
	box: Box,
	scale: number,
	markerFill: (kind: string) => string
): string {
	const hs = 3.4 * scale;
	let out = svgText(box.x, box.y + hs, 'Lieux numérotés sur la carte', {
		size: hs,
		weight: 'bold'
	});
	const ns = 2.3 * scale;
	const noteLines = wrap(note, box.w, ns, 2);
	out += noteLines
		.map((l, i) =>
			svgText(box.x, box.y + hs + 1.2 * scale + ns * (i + 1) * 1.15, l, { size: ns, fill: '#333' })
		)
		.join('');
	const top = box.y + hs + 2.4 * scale + ns * noteLines.length * 1.15;
	const area = { x: box.x, y: top, w: box.w, h: box.y + box.h - top };
	const g = listGrid(entries.length, area, scale);
	entries.forEach((e, i) => {
		const col = Math.floor(i / g.rows);
		const row = i % g.rows;
		if (col >= g.cols) return;
		const x = area.x + col * g.colW;
		const y = area.y + row * g.rowH + g.size;
		const numW = g.size * 1.9;
		const sym = kindSymbol(
			e.kind,
			x + numW + g.size * 0.5,
			y - g.size * 0.35,
			g.size * 1.05,
			markerFill(e.kind),
			e.itinerant
		);
		const tx = x + numW + g.size * 1.4;
		const text = truncate(`${e.nom} — ${e.commune}`, x + g.colW - tx - 1.5 * scale, g.size);
		out +=
			`<g class="list-item" data-n="${e.n}" data-id="${e.id}" data-kind="${escapeXml(e.kind)}">` +
			svgText(x + numW - g.size * 0.3, y, String(e.n), {
				size: g.size,
				weight: 'bold',
				anchor: 'end'
			}) +
			sym +
			svgText(tx, y, text, { size: g.size }) +
			`</g>`;
	});
	return `<g class="list" data-count="${entries.length}" data-font="${r(g.size)}">${out}</g>`;
}
