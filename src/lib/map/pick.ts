/**
 * Which of the symbols under a click the person meant, and what their popup says. Pure: the
 * map code gives the rendered features, this file decides (tested without a browser).
 */
import { formatDate } from '../labels';
import { kindInfo } from '../catalog/kinds';

/** The clickable point layers, top first (as in zorder.ts). */
export const PICKABLE_LAYERS = ['help-points', 'tour-stops'] as const;
export type PickableLayer = (typeof PICKABLE_LAYERS)[number];

/** A rendered feature under the click: its layer, its properties, its distance in pixels. */
export interface Picked {
	layer: PickableLayer;
	properties: Record<string, unknown>;
	/** Distance in CSS pixels from the click to the feature's point. */
	px: number;
	/** The feature's point [lon, lat], where its popup opens. */
	at?: [number, number];
}

/**
 * The features under a click, the one drawn on top first: help points above tour stops, then
 * by kind as drawn (France services above a médiathèque at the same spot), then the nearest to
 * the click. Each feature once (a GeoJSON point can come back from several tiles).
 */
export function orderPicked(features: Picked[]): Picked[] {
	const seen = new Set<string>();
	const unique = features.filter((f) => {
		const key = `${f.layer}:${String(f.properties.id)}:${String(f.properties.libelle ?? '')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const layerRank = (f: Picked) => PICKABLE_LAYERS.indexOf(f.layer);
	const kindRank = (f: Picked) =>
		f.layer === 'help-points' ? (kindInfo(String(f.properties.kind))?.drawOrder ?? 0) : 0;
	return unique.sort(
		(a, b) => layerRank(a) - layerRank(b) || kindRank(b) - kindRank(a) || a.px - b.px
	);
}

/** What a popup says: a title linking to the place, and plain-text lines. */
export interface PopupModel {
	title: string;
	href: string;
	lines: string[];
}

const text = (v: unknown) => (v == null || v === '' ? null : String(v));

/**
 * The popup of a help point or of a tour stop, each from its own fields: a help point never
 * reads as a stop ("Arrêt : …" is for tour stops only), dates are written in French.
 */
export function popupModel(f: Pick<Picked, 'layer' | 'properties'>): PopupModel {
	const p = f.properties;
	const title = text(p.nom) ?? '';
	const href = `/lieu/${Number(p.id)}`;
	if (f.layer === 'tour-stops') {
		const where = [text(p.libelle), text(p.commune)].filter(Boolean).join(', ');
		return {
			title,
			href,
			lines: [
				'Arrêt d’un service itinérant',
				where ? `Arrêt : ${where}` : null,
				text(p.horaires) ? `Passage : ${text(p.horaires)}` : null
			].filter((l): l is string => l !== null)
		};
	}
	const kind = kindInfo(String(p.kind))?.label ?? null;
	return {
		title,
		href,
		lines: [
			kind ? `${kind}${Number(p.itinerant) === 1 ? ' · itinérant' : ''}` : null,
			text(p.commune) ? `à ${text(p.commune)}` : null,
			Number(p.approximatif) === 1 ? 'Position approximative (point de la commune)' : null,
			text(p.date_maj) ? `Informations du ${formatDate(text(p.date_maj))}` : null
		].filter((l): l is string => l !== null)
	};
}
