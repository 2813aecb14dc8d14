/**
 * A commune's reference point for distances: its town centre where the data shows it, else the
 * point of the communes file (La Poste / INSEE, about the middle of the commune's area, which in
 * large mountain communes can be kilometres from the village: Castellane's is 2 km west).
 *
 * No open file staged here gives town-hall positions, but the help points do: their addresses
 * are geocoded, and public services sit in the town centre. So, among the commune's help points
 * with a precise position:
 * 1. `mairie`: one at the town hall (named "Mairie de …", or an address at the "mairie" or
 *    "hôtel de ville", not an "ancienne mairie"), the densest of them if several;
 * 2. `services`: else, among its France services, libraries and conseillers numériques, the one
 *    with the most others within 1 km (the cluster of services), ties to France services, then
 *    libraries, then the first;
 * 3. `commune`: else the communes file's point, unchanged.
 */
import { haversineKm } from '../analysis/geo';
import { plainText } from '../analysis/names';

/** A help point as the centre needs it. */
export interface CentrePlace {
	codeInsee: string | null;
	kind: string;
	nom: string;
	adresse: string | null;
	lat: number;
	lon: number;
	approximate: boolean;
}

export type CentreMethod = 'mairie' | 'services' | 'commune';

export interface TownCentre {
	code: string;
	lat: number;
	lon: number;
	method: CentreMethod;
}

// Kinds housed in public buildings of the village; a médiation place may be a care home or a
// hamlet's association, so it marks the centre only when it is at the town hall.
const KIND_ORDER = ['france-services', 'bibliotheque', 'conseiller-numerique'];
const NEAR_KM = 1;

const plain = (s: string | null) => plainText(s ?? '');

/** True when a help point is at the town hall, from its name or address. */
export function atTownHall(p: Pick<CentrePlace, 'nom' | 'adresse'>): boolean {
	const nom = plain(p.nom);
	const adresse = plain(p.adresse);
	if (/\bancienne mairie\b/.test(nom + ' ' + adresse)) return false;
	return (
		/^\s*(mairie|commune|hotel de ville) (de |d |du |des )/.test(nom) ||
		/\b(mairie|hotel de ville)\b/.test(adresse)
	);
}

/** The densest place of a list (most others within 1 km), ties by kind then order. */
function densest(list: CentrePlace[]): CentrePlace {
	const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
	let best = list[0];
	let bestScore = -1;
	for (const p of list) {
		const score = list.filter(
			(q) => q !== p && haversineKm(p.lat, p.lon, q.lat, q.lon) <= NEAR_KM
		).length;
		if (score > bestScore || (score === bestScore && rank(p.kind) < rank(best.kind))) {
			best = p;
			bestScore = score;
		}
	}
	return best;
}

/**
 * The reference point of each commune (see the module comment for the rule). `communes` carry
 * the communes file's point; `places` are every help point of the build.
 */
export function townCentres(
	communes: readonly { code: string; lat: number | null; lon: number | null }[],
	places: readonly CentrePlace[]
): TownCentre[] {
	const byCommune = new Map<string, CentrePlace[]>();
	for (const p of places)
		if (p.codeInsee && !p.approximate)
			byCommune.set(p.codeInsee, [...(byCommune.get(p.codeInsee) ?? []), p]);
	const out: TownCentre[] = [];
	for (const c of communes) {
		const list = byCommune.get(c.code) ?? [];
		const hall = list.filter(atTownHall);
		if (hall.length) {
			const p = densest(hall);
			out.push({ code: c.code, lat: p.lat, lon: p.lon, method: 'mairie' });
		} else if (list.some((p) => KIND_ORDER.includes(p.kind))) {
			const p = densest(list.filter((p) => KIND_ORDER.includes(p.kind)));
			out.push({ code: c.code, lat: p.lat, lon: p.lon, method: 'services' });
		} else if (c.lat != null && c.lon != null)
			out.push({ code: c.code, lat: c.lat, lon: c.lon, method: 'commune' });
	}
	return out;
}

/**
 * Communes at their reference point, and the help points placed only at their commune's point
 * (approximate) moved there too, so that "at the commune's point" means one point everywhere.
 * Returns new arrays; the inputs are not changed.
 */
export function placeAtCentres<
	C extends { code: string; lat: number | null; lon: number | null },
	L extends { codeInsee: string | null; lat: number; lon: number; approximate: boolean }
>(communes: readonly C[], lieux: readonly L[], centres: readonly TownCentre[]) {
	const at = new Map(centres.map((c) => [c.code, c]));
	return {
		communes: communes.map((c) => {
			const t = at.get(c.code);
			return t ? { ...c, lat: t.lat, lon: t.lon } : c;
		}),
		lieux: lieux.map((l) => {
			const t = l.approximate && l.codeInsee ? at.get(l.codeInsee) : undefined;
			return t ? { ...l, lat: t.lat, lon: t.lon } : l;
		})
	};
}
