/**
 * Commune search for the resident finder's box: a name (accents, case, hyphens and apostrophes
 * ignored, "st" for "saint", words in any order), a postcode or an INSEE code, as you type.
 */
import { normaliseCommuneName } from './names';

/** A commune as the search needs it. */
export interface Commune {
	code: string;
	nom: string;
	departement: string;
	codesPostaux: string[];
	population: number;
	/** For a municipal arrondissement (Paris 11e): the code of its commune (75056). */
	parent?: string;
}

interface Entry<C extends Commune = Commune> {
	commune: C;
	name: string;
	/** The name without its leading article ("escale" for "L'Escale"). */
	bare: string;
	compact: string;
	tokens: string[];
	codes: string[];
}

/** A prepared list of communes (of any type with the fields the search needs); build it once. */
export interface CommuneIndex<C extends Commune = Commune> {
	readonly entries: readonly Entry<C>[];
}

/**
 * Prepares the communes for searchCommunes (normalised names and codes, once). A postcode that
 * one of its municipal arrondissements holds designates the arrondissement, not the whole city:
 * 75011 is Paris 11e, not Paris.
 */
export function createCommuneIndex<C extends Commune>(communes: readonly C[]): CommuneIndex<C> {
	const ownedByArrondissement = new Set(
		communes.flatMap((c) => (c.parent ? c.codesPostaux.map((cp) => `${c.parent} ${cp}`) : []))
	);
	const entries = communes.map((commune) => {
		const name = normaliseCommuneName(commune.nom);
		const postcodes = commune.codesPostaux.filter(
			(cp) => !ownedByArrondissement.has(`${commune.code} ${cp}`)
		);
		return {
			commune,
			name,
			bare: name.replace(/^(l|le|la|les) /, ''),
			compact: name.replace(/ /g, ''),
			tokens: name.split(' '),
			codes: [commune.code, ...postcodes]
		};
	});
	return { entries };
}

/** 0 exact, 1 prefix, 2 every word starts a word of the name, 3 contained; null no match. */
function nameRank(e: Entry, q: string, compact: string, words: string[]): number | null {
	if (e.name === q || e.bare === q || e.compact === compact) return 0;
	if (e.name.startsWith(q) || e.bare.startsWith(q) || e.compact.startsWith(compact)) return 1;
	if (words.every((w) => e.tokens.some((t) => t.startsWith(w)))) return 2;
	return e.name.includes(q) ? 3 : null;
}

/** 0 exact INSEE code or postcode, 1 prefix of one; null no match. */
function codeRank(e: Entry, code: string): number | null {
	if (e.codes.includes(code)) return 0;
	return e.codes.some((c) => c.startsWith(code)) ? 1 : null;
}

const isCode = (w: string) => /^(\d\d|2a|2b)\d{0,3}$/.test(w);

/**
 * With words, a 2–3 character code is a département, or the number of an arrondissement ("paris
 * 11" for Paris 11e); otherwise a code or postcode (prefix).
 */
function codeFilter(e: Entry, code: string, withWords: boolean): number | null {
	if (withWords && code.length <= 3)
		return e.commune.departement.toUpperCase() === code ||
			(e.commune.parent && e.tokens.some((t) => t === `${code}e` || t === `${code}er`))
			? 0
			: null;
	return codeRank(e, code);
}

/**
 * Up to `limit` communes for a query, best first: exact, then prefix, then all words found, then
 * contained; ties by population (largest first), then name. A query of codes only ("04000",
 * "04070", "040") matches postcodes and INSEE codes; codes beside words narrow a name: "saint
 * martin 04" (département) or "saint martin 04170" (postcode). A linear scan over prepared
 * strings: a few milliseconds for the 35 000 communes of France.
 */
export function searchCommunes<C extends Commune>(
	index: CommuneIndex<C>,
	query: string,
	limit = 8
): C[] {
	return searchCommunesRanked(index, query, limit).map((r) => r.commune);
}

/** As `searchCommunes`, with each commune's rank (0 = exact name, INSEE code or postcode). */
export function searchCommunesRanked<C extends Commune>(
	index: CommuneIndex<C>,
	query: string,
	limit = 8
): { commune: C; rank: number }[] {
	const normal = normaliseCommuneName(query);
	// "04 000" is a postcode typed with a space
	const all = (/^[\d ]+$/.test(normal) ? normal.replace(/ /g, '') : normal).split(' ');
	if (all[0] === '' || !(limit > 0)) return [];
	const codes = all.filter(isCode).map((c) => c.toUpperCase());
	const words = all.filter((w) => !isCode(w));
	const q = words.join(' ');
	const compact = words.join('');
	// the best `limit` so far, best first: a short insertion list, no sort of every match
	const best: { entry: Entry<C>; rank: number }[] = [];
	const before = (a: { entry: Entry; rank: number }, b: { entry: Entry; rank: number }) =>
		a.rank - b.rank ||
		b.entry.commune.population - a.entry.commune.population ||
		(a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0);
	scan: for (const entry of index.entries) {
		let rank = 0;
		for (const code of codes) {
			const r = codeFilter(entry, code, words.length > 0);
			if (r === null) continue scan;
			rank = Math.max(rank, r);
		}
		if (words.length > 0) {
			const r = nameRank(entry, q, compact, words);
			if (r === null) continue;
			rank = r;
		}
		const item = { entry, rank };
		if (best.length === limit && before(item, best[limit - 1]) >= 0) continue;
		let i = best.length;
		while (i > 0 && before(item, best[i - 1]) < 0) i--;
		best.splice(i, 0, item);
		if (best.length > limit) best.pop();
	}
	return best.map((b) => ({ commune: b.entry.commune, rank: b.rank }));
}

/** What a typed search designates: one commune, a choice to offer, or nothing. */
export type Resolved<C extends Commune = Commune> =
	| { kind: 'one'; commune: C; others: C[] }
	| { kind: 'choice'; communes: C[] }
	| { kind: 'none' };

/**
 * The commune a search typed and submitted (Enter, or without JavaScript) designates, without
 * guessing: a single exact match (name, INSEE code, postcode; a postcode before an INSEE code)
 * or a single candidate is taken;
 * several exact matches (homonyms, a postcode shared by villages) or several partial ones ("st
 * andre": Saint-André-les-Alpes, Saint-André-de-Seignanx…) are offered as a choice.
 */
export function resolveCommune<C extends Commune>(
	index: CommuneIndex<C>,
	query: string,
	limit = 12
): Resolved<C> {
	const found = searchCommunesRanked(index, query, limit);
	if (found.length === 0) return { kind: 'none' };
	let exact = found.filter((f) => f.rank === 0);
	// 13005 is Aubagne's INSEE code and Marseille 5e's postcode: a resident types postcodes
	const typed = query.replace(/\s/g, '');
	const byPostcode = exact.filter((f) => f.commune.codesPostaux.includes(typed));
	if (byPostcode.length > 0) exact = byPostcode;
	if (exact.length === 1 || found.length === 1) {
		const one = exact[0] ?? found[0];
		return {
			kind: 'one',
			commune: one.commune,
			others: found.filter((f) => f !== one).map((f) => f.commune)
		};
	}
	return { kind: 'choice', communes: (exact.length > 1 ? exact : found).map((f) => f.commune) };
}

/** Communes grouped by département, in the order of their first commune. */
export function groupByDepartement<T extends { departement: string }>(
	communes: readonly T[]
): { departement: string; communes: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const c of communes) groups.set(c.departement, [...(groups.get(c.departement) ?? []), c]);
	return [...groups].map(([departement, list]) => ({ departement, communes: list }));
}
