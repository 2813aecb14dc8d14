/** The legend block of a sheet: a title, then one row per colour class, pattern, line or symbol. */
import type { Box } from './sheet-layout';
import { kindSymbol } from './marker-svg';
import { MIN_TEXT_MM, r, svgText, wrap } from './text';

export type LegendItem =
	| { type: 'fill'; fill: string; label: string }
	| { type: 'symbol'; kind: string; fill: string; label: string; itinerant?: boolean }
	| { type: 'line'; stroke: string; width: number; label: string }
	| { type: 'note'; label: string };

/** The legend in its box; rows shrink when there are many, so it never overflows. */
export function renderLegend(title: string, items: LegendItem[], box: Box, scale: number): string {
	const titleSize = 3.6 * scale;
	const titleLines = wrap(title, box.w, titleSize, 2, true);
	let y = box.y + titleSize;
	let out = titleLines
		.map((l, i) => svgText(box.x, y + i * titleSize * 1.2, l, { size: titleSize, weight: 'bold' }))
		.join('');
	y += (titleLines.length - 1) * titleSize * 1.2 + 2 * scale;
	const notes = items.filter((i) => i.type === 'note').length;
	const rows = items.length + notes * 0.6;
	const rowH = Math.min(5 * scale, (box.y + box.h - y) / Math.max(1, rows));
	const size = Math.max(MIN_TEXT_MM, Math.min(3 * scale, rowH * 0.68));
	const sw = rowH * 1.5;
	const sh = rowH * 0.72;
	for (const it of items) {
		const cy = y + rowH / 2;
		const tx = box.x + sw + 2 * scale;
		if (it.type === 'fill')
			out += `<rect x="${r(box.x)}" y="${r(cy - sh / 2)}" width="${r(sw)}" height="${r(sh)}" fill="${it.fill}" stroke="#555" stroke-width="0.15"/>`;
		else if (it.type === 'symbol')
			out += kindSymbol(it.kind, box.x + sw / 2, cy, rowH * 0.8, it.fill, it.itinerant);
		else if (it.type === 'line')
			out += `<line x1="${r(box.x)}" y1="${r(cy)}" x2="${r(box.x + sw)}" y2="${r(cy)}" stroke="${it.stroke}" stroke-width="${it.width}"/>`;
		if (it.type === 'note') {
			const ns = Math.max(MIN_TEXT_MM, size * 0.92);
			const lines = wrap(it.label, box.w, ns, 4);
			out += lines
				.map((l, i) =>
					svgText(box.x, cy + size * 0.35 + i * ns * 1.1, l, { size: ns, fill: '#333' })
				)
				.join('');
			y += ns * 1.1 * lines.length + rowH * 0.3;
			continue;
		}
		const label = wrap(it.label, box.x + box.w - tx, size, 2);
		out += label
			.map((l, i) => svgText(tx, cy + size * 0.35 + i * size * 1.1, l, { size }))
			.join('');
		y += rowH + (label.length - 1) * size * 1.1;
	}
	return `<g class="legend">${out}</g>`;
}
