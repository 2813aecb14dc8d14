/** The numbered list of help points beside the map; its numbers are the markers' numbers. */
import type { Box } from './sheet-layout';
import { kindSymbol } from './marker-svg';
import { escapeXml } from './escape';
import { fitList, numberWidth, textOffset, type ListFlow } from './list-layout';
import { MIN_TEXT_MM, r, svgText, wrap } from './text';

export type { ListEntry } from './list-layout';

/** The heading and the note of the list; returns the box left for the entries. */
export function listHeading(
	heading: string,
	note: string,
	box: Box,
	scale: number
): { svg: string; area: Box } {
	const hs = 3.4 * scale;
	let svg = svgText(box.x, box.y + hs, heading, { size: hs, weight: 'bold' });
	const ns = Math.max(MIN_TEXT_MM, 2.5 * scale);
	const noteLines = note ? wrap(note, box.w, ns, 3) : [];
	svg += noteLines
		.map((l, i) =>
			svgText(box.x, box.y + hs + 1.2 * scale + ns * (i + 1) * 1.15, l, { size: ns, fill: '#333' })
		)
		.join('');
	const top = box.y + hs + 2.6 * scale + ns * noteLines.length * 1.15;
	return { svg, area: { x: box.x, y: top, w: box.w, h: box.y + box.h - top } };
}

/** The entries of a laid-out list: number, kind symbol, name and commune (wrapped, never cut). */
export function listItems(flow: ListFlow, markerFill: (kind: string) => string): string {
	const s = flow.size;
	let out = '';
	for (const { entry: e, x, y, lines } of flow.items) {
		const numW = numberWidth(s);
		const sym = kindSymbol(
			e.kind,
			x + numW + s * 0.6,
			y - s * 0.35,
			s * 1.05,
			markerFill(e.kind),
			e.itinerant
		);
		out +=
			`<g class="list-item" data-n="${e.n}" data-id="${e.id}" data-kind="${escapeXml(e.kind)}">` +
			svgText(x + numW - s * 0.2, y, String(e.n), { size: s, weight: 'bold', anchor: 'end' }) +
			sym +
			lines.map((l, i) => svgText(x + textOffset(s), y + i * s * 1.2, l, { size: s })).join('') +
			`</g>`;
	}
	return out;
}

/**
 * The list beside the map, at the largest size from 8 pt down to 7 pt at which it fits whole;
 * null when it does not fit (the sheet then moves it to a page of its own).
 */
export function renderList(
	entries: ListFrom,
	note: string,
	box: Box,
	scale: number,
	markerFill: (kind: string) => string
): string | null {
	const head = listHeading('Lieux numérotés sur la carte', note, box, scale);
	const flow = fitList(entries, head.area, 2.8 * scale);
	if (!flow) return null;
	return (
		`<g class="list" data-count="${entries.length}" data-font="${r(flow.size)}">` +
		head.svg +
		listItems(flow, markerFill) +
		`</g>`
	);
}

type ListFrom = Parameters<typeof fitList>[0];
