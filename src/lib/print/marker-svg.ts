/** Help-point symbols for print: the map's shapes (one per kind), optionally numbered. */
import { KIND_INFO, kindInfo } from '../catalog/kinds';
import { ITINERANT_RING } from '../catalog/style';
import { escapeXml } from './escape';
import { r } from './text';

const FALLBACK_SHAPE = KIND_INFO.mediation.shape;

/** The shape of a kind, centred on (cx, cy), `size` mm wide, white-edged so it reads on any fill. */
export function kindSymbol(
	kind: string,
	cx: number,
	cy: number,
	size: number,
	fill: string,
	itinerant = false
): string {
	const k = size / 20;
	const tr = `translate(${r(cx - size / 2)} ${r(cy - size / 2)}) scale(${r(k * 1000) / 1000})`;
	const ring = itinerant
		? `<path d="${ITINERANT_RING}" fill="none" stroke="${fill}" stroke-width="1.6"/>`
		: '';
	return (
		`<g transform="${tr}">${ring}<path d="${kindInfo(kind)?.shape ?? FALLBACK_SHAPE}" fill="${fill}" ` +
		`stroke="#fff" stroke-width="${itinerant ? 1.6 : 1.2}" paint-order="stroke"/></g>`
	);
}

/** Vertical nudge of the number inside a shape whose visual centre sits low (the triangle). */
const NUMBER_DY: Record<string, number> = { 'conseiller-numerique': 0.16 };

/**
 * A numbered marker: the kind's shape with its number in white. `data-n` and `data-id` tie it to
 * the line of the list with the same number (tests check both match).
 */
export function numberedMarker(
	n: number,
	id: number,
	kind: string,
	at: { x: number; y: number },
	anchor: { x: number; y: number } | null,
	size: number,
	fill: string,
	itinerant: boolean
): string {
	const fs = size * (n >= 100 ? 0.38 : 0.48);
	const dy = (NUMBER_DY[kind] ?? 0) * size + fs * 0.36;
	const leader = anchor
		? `<line x1="${r(anchor.x)}" y1="${r(anchor.y)}" x2="${r(at.x)}" y2="${r(at.y)}" stroke="#333" stroke-width="0.2"/>` +
			`<circle cx="${r(anchor.x)}" cy="${r(anchor.y)}" r="0.45" fill="#333"/>`
		: '';
	return (
		`<g class="marker" data-n="${n}" data-id="${id}" data-kind="${escapeXml(kind)}">${leader}` +
		kindSymbol(kind, at.x, at.y, size, fill, itinerant) +
		`<text x="${r(at.x)}" y="${r(at.y + dy)}" font-size="${r(fs)}" font-weight="bold" fill="#fff" text-anchor="middle">${n}</text></g>`
	);
}
