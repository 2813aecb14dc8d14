/**
 * Where the national map is: the chosen territory, its breadcrumbs (France › région ›
 * département › EPCI › commune) and its links, from the properties its tile feature carries.
 * Pure.
 */
import type { NationalLevel } from './national-levels';

/** A level a person can choose on the national map. */
export type MapLevel = 'france' | 'region' | NationalLevel;

/** The territory chosen on the national map (France when none). */
export interface MapSelection {
	niveau: MapLevel;
	code: string;
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
	if (code !== 'FR') q.set('territoire', code);
	const s = q.toString();
	return s ? `/?${s}` : '/';
}

const text = (v: unknown) => (v == null || v === '' ? null : String(v));

/**
 * The breadcrumbs of a selection: France, then each parent its properties name, then itself.
 * `props` are those of its tile feature (for a région, those of one of its départements); a
 * parent they do not name is left out.
 */
export function trail(
	sel: MapSelection,
	props: Record<string, unknown> | null,
	keep?: URLSearchParams
): Crumb[] {
	const p = props ?? {};
	const crumbs: Crumb[] = [{ code: 'FR', nom: 'France', href: mapHref('FR', keep) }];
	const add = (code: string | null, nom: string | null) => {
		if (code && nom) crumbs.push({ code, nom, href: mapHref(code, keep) });
	};
	if (sel.niveau === 'france') return crumbs;
	const region = text(p.region);
	add(region ? `R${region}` : null, text(p.region_nom));
	if (sel.niveau === 'region') return crumbs;
	if (sel.niveau === 'departement') add(sel.code, text(p.nom));
	else add(text(p.departement), text(p.departement_nom));
	if (sel.niveau === 'epci') add(sel.code, text(p.nom));
	if (sel.niveau === 'commune') {
		add(text(p.epci), text(p.epci_nom));
		add(sel.code, text(p.nom));
	}
	return crumbs;
}

/** The dashboard of a territory; a commune's is its département's, opened on it. */
export function dashboardHref(sel: MapSelection, props: Record<string, unknown> | null): string {
	if (sel.niveau === 'commune') {
		// The commune code starts with its département's (2 characters, 3 overseas).
		const dep = text(props?.departement) ?? sel.code.slice(0, sel.code.startsWith('97') ? 3 : 2);
		return `/territoire/${dep}?commune=${sel.code}`;
	}
	return `/territoire/${sel.code}`;
}
