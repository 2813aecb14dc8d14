/**
 * Where the national map is: the chosen territory (found by the server with its breadcrumbs,
 * `fil`, as every territory page), and the links of its breadcrumbs and panel. Pure.
 */
import type { TerritoryRef } from '../types/territory';
import { FRANCE } from '../params/territory';

/** The territory chosen on the national map (France when none), as findTerritory finds it. */
export interface MapSelection extends TerritoryRef {
	/** The levels above it, France first (France has none). */
	fil: TerritoryRef[];
	/** The built département holding most of its communes (none for France). */
	departement: string | null;
}

/** One step of the breadcrumbs. */
export interface Crumb {
	code: string;
	nom: string;
	href: string;
}

/** The address of the national map framing `code`, with the other parameters kept (`indicateur`). */
export function mapHref(code: string, keep: URLSearchParams = new URLSearchParams()): string {
	const q = new URLSearchParams(keep);
	q.delete('territoire');
	if (code !== FRANCE) q.set('territoire', code);
	const s = q.toString();
	return s ? `/?${s}` : '/';
}

/** The breadcrumbs of a selection: France, its parents, itself; each frames it on the map. */
export function trail(sel: MapSelection, keep?: URLSearchParams): Crumb[] {
	return [...sel.fil, sel].map((r) => ({ code: r.code, nom: r.nom, href: mapHref(r.code, keep) }));
}

/** The dashboard of a territory; a commune's is its département's, opened on it. */
export function dashboardHref(sel: MapSelection): string {
	return sel.niveau === 'commune' && sel.departement
		? `/territoire/${sel.departement}?commune=${sel.code}`
		: `/territoire/${sel.code}`;
}
