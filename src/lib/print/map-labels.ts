/**
 * Labels on a printed map: the numbers of the help points (written beside their symbol, pushed
 * out with a leader line where symbols crowd) and the names of the main towns, largest first,
 * only where they cover neither a symbol, a number nor another name.
 */
import type { Box } from './sheet-layout';
import { kindSymbol } from './marker-svg';
import { Occupancy, placeLabels } from './label-placement';
import { escapeXml } from './escape';
import { MIN_TEXT_MM, r, svgText, textWidth } from './text';

export interface NumberedPoint {
	n: number;
	id: number;
	kind: string;
	itinerant: boolean;
	x: number;
	y: number;
}

export interface Town {
	nom: string;
	x: number;
	y: number;
}

/** Box of a symbol of diameter `size` centred on (x, y). */
export const symbolBox = (x: number, y: number, size: number): Box => ({
	x: x - size / 2,
	y: y - size / 2,
	w: size,
	h: size
});

/**
 * Town names in order of importance, each where it covers nothing already drawn; names that find
 * no room are left out. Returns the SVG and the count of names written.
 */
export function townLabels(
	towns: Town[],
	frame: Box,
	taken: Occupancy,
	scale: number,
	max: number
): { svg: string; count: number } {
	const size = Math.max(MIN_TEXT_MM, 2.7 * scale);
	let svg = '';
	let count = 0;
	for (const t of towns) {
		if (count >= max) break;
		const w = textWidth(t.nom, size, true) + 0.6;
		const h = size * 1.05;
		const [spot] = placeLabels([{ x: t.x, y: t.y, w, h, gap: 0 }], frame, taken, 0);
		if (!spot) continue;
		count++;
		svg += svgText(spot.x + spot.w / 2, spot.y + h * 0.8, t.nom, {
			size,
			weight: 'bold',
			fill: '#222',
			anchor: 'middle',
			halo: true,
			cls: 'town'
		});
	}
	return { svg: `<g class="towns" data-count="${count}">${svg}</g>`, count };
}

/**
 * Numbered help points: the kind's symbol at its true place, its number beside it in bold 7 pt
 * or more; a number that finds no room next to its symbol moves outward with a leader line.
 */
export function numberLabels(
	points: NumberedPoint[],
	frame: Box,
	taken: Occupancy,
	scale: number,
	fill: (kind: string) => string
): string {
	const symbol = 3 * scale;
	const size = Math.max(MIN_TEXT_MM, 2.6 * scale);
	const h = size * 0.95;
	const spots = placeLabels(
		points.map((p) => ({
			x: p.x,
			y: p.y,
			w: textWidth(String(p.n), size, true) + 0.5,
			h,
			gap: symbol / 2 + 0.2
		})),
		frame,
		taken,
		8
	);
	return points
		.map((p, i) => {
			const s = spots[i] as Box & { leader: boolean };
			const cx = s.x + s.w / 2;
			const cy = s.y + s.h / 2;
			const leader = s.leader
				? `<line x1="${r(p.x)}" y1="${r(p.y)}" x2="${r(Math.max(s.x, Math.min(p.x, s.x + s.w)))}" y2="${r(Math.max(s.y, Math.min(p.y, s.y + s.h)))}" stroke="#333" stroke-width="0.2"/>`
				: '';
			return (
				`<g class="marker" data-n="${p.n}" data-id="${p.id}" data-kind="${escapeXml(p.kind)}">${leader}` +
				kindSymbol(p.kind, p.x, p.y, symbol, fill(p.kind), p.itinerant) +
				svgText(cx, cy + h * 0.38, String(p.n), {
					size,
					weight: 'bold',
					anchor: 'middle',
					halo: true
				}) +
				`</g>`
			);
		})
		.join('');
}
