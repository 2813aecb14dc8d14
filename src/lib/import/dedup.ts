/**
 * Deduplication of help points across sources: the same place reported by several sources
 * becomes one merged point. Two records are the same place when they are in the same commune
 * (same INSEE code, or same code postal when either lacks the INSEE code) and
 *  - their positions are within `maxDistanceM` (or either position is approximate or missing)
 *    and their names are similar (see `similarNames`), or
 *    or both names say they are a France services (at most one per commune and source), or
 *  - they have the same phone number.
 * Two records of the same source are never merged (a source does not list a place twice).
 * Records are bucketed by commune, so the cost is linear in the number of records.
 */
import type { HelpKind } from '../catalog/kinds';
import { haversineKm } from '../analysis/geo';
import { plainText } from '../analysis/names';
import type { HelpPointRecord } from './types';

/** Source priority for the primary record, best first. */
export const SOURCE_PRIORITY = [
	'france-services-2024',
	'hub-du-sud-2023',
	'cnfs-2022',
	'data-inclusion-2023',
	'bibliotheques',
	'aidants-connect-2024'
];

export interface MergedHelpPoint {
	/** `source:sourceId` of the primary record, stable across rebuilds. */
	id: string;
	kind: HelpKind;
	/** The record shown for the point: best source, precise position preferred. */
	primary: HelpPointRecord;
	/** Every source record of the point, the primary first. */
	records: HelpPointRecord[];
}

export interface DedupOptions {
	/** Largest distance between two precise positions of the same place, in metres (150). */
	maxDistanceM?: number;
	/** Smallest Dice coefficient on bigrams of the normalised names (0.6). */
	minDice?: number;
}

export interface DedupStats {
	records: number;
	points: number;
	/** Points made of more than one record. */
	multiSource: number;
	/** Records merged into another one, by rule. */
	merges: { nom: number; telephone: number };
}

// Words that say what kind of place it is rather than which place it is.
const STOP_WORDS = new Set(
	(
		'france services service espace maison msap de la le les du des d l et a au aux en ' +
		'sur pour un une'
	).split(' ')
);

const FRANCE_SERVICES_RE = /france[\s-]*services?|\bmsap\b|maison de services au public/i;

const LIBRARY_RE = /biblioth|m[ée]diath/i;

const tokens = (s: string) =>
	plainText(s)
		.split(' ')
		.filter((t) => t !== '');

/** A name reduced to what identifies the place: no accents, stop words or commune name. */
export function normaliseName(name: string, commune?: string | null): string {
	const communeTokens = new Set(commune ? tokens(commune) : []);
	return tokens(name)
		.filter((t) => !STOP_WORDS.has(t) && !communeTokens.has(t))
		.join(' ');
}

function bigrams(s: string): Map<string, number> {
	const out = new Map<string, number>();
	const t = s.replace(/ /g, '');
	for (let i = 0; i < t.length - 1; i++) {
		const g = t.slice(i, i + 2);
		out.set(g, (out.get(g) ?? 0) + 1);
	}
	return out;
}

/** Sørensen–Dice coefficient on character bigrams (0 to 1). */
export function diceCoefficient(a: string, b: string): number {
	const ga = bigrams(a);
	const gb = bigrams(b);
	let total = 0;
	let common = 0;
	for (const n of ga.values()) total += n;
	for (const [g, n] of gb) {
		total += n;
		common += Math.min(n, ga.get(g) ?? 0);
	}
	return total === 0 ? 0 : (2 * common) / total;
}

/**
 * Similarity of two normalised names: 1 when both are empty (both only said "France services
 * de <commune>"), else the Dice coefficient, raised to 1 when one contains the other as whole
 * words and has at least 4 letters.
 */
export function nameSimilarity(a: string, b: string): number {
	if (a === '' && b === '') return 1;
	if (a === '' || b === '') return 0;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length >= 4 && ` ${long} `.includes(` ${short} `)) return 1;
	return diceCoefficient(a, b);
}

function sameCommune(a: HelpPointRecord, b: HelpPointRecord): boolean {
	if (a.codeInsee && b.codeInsee) return a.codeInsee === b.codeInsee;
	return a.codePostal !== null && a.codePostal === b.codePostal;
}

const precise = (r: HelpPointRecord) => r.lat !== null && r.lon !== null && !r.approximate;

function closeEnough(a: HelpPointRecord, b: HelpPointRecord, maxM: number): boolean {
	if (!precise(a) || !precise(b)) return true;
	return haversineKm(a.lat!, a.lon!, b.lat!, b.lon!) * 1000 <= maxM;
}

/** Why two records are the same place ('nom' or 'telephone', with a score), or null. */
export function matchHelpPoints(
	a: HelpPointRecord,
	b: HelpPointRecord,
	options: DedupOptions = {}
): { rule: 'nom' | 'telephone'; score: number } | null {
	if (a.source === b.source || !sameCommune(a, b)) return null;
	// A library and another kind of place sharing a name part ("Chalosse Tursan") stay apart.
	const sameType = LIBRARY_RE.test(a.nom) === LIBRARY_RE.test(b.nom);
	if (sameType && closeEnough(a, b, options.maxDistanceM ?? 150)) {
		const commune = a.commune ?? b.commune;
		const minDice = options.minDice ?? 0.6;
		const score = nameSimilarity(normaliseName(a.nom, commune), normaliseName(b.nom, commune));
		if (score >= minDice) return { rule: 'nom', score: 1 + score };
		// "France services La Poste de Valensole" and "France services Valensole".
		if (FRANCE_SERVICES_RE.test(a.nom) && FRANCE_SERVICES_RE.test(b.nom)) {
			return { rule: 'nom', score: 1 + minDice };
		}
	}
	if (a.telephone && a.telephone === b.telephone) return { rule: 'telephone', score: 1 };
	return null;
}

const priority = (r: HelpPointRecord) => {
	const i = SOURCE_PRIORITY.indexOf(r.source);
	return i < 0 ? SOURCE_PRIORITY.length : i;
};

const communeKeys = (r: HelpPointRecord) =>
	[r.codeInsee && `i${r.codeInsee}`, r.codePostal && `p${r.codePostal}`].filter(
		(k): k is string => !!k
	);

/**
 * Merge records of several sources into help points. Records are taken best first (precise
 * position, then source priority); each joins the best-matching point of its commune that has
 * no record of its source yet, or starts a new point. Inputs are not modified.
 */
export function mergeHelpPoints(
	records: HelpPointRecord[],
	options: DedupOptions = {}
): { points: MergedHelpPoint[]; stats: DedupStats } {
	const sorted = [...records].sort(
		(a, b) => Number(precise(b)) - Number(precise(a)) || priority(a) - priority(b)
	);
	const clusters: HelpPointRecord[][] = [];
	const byCommune = new Map<string, number[]>();
	const merges = { nom: 0, telephone: 0 };
	for (const r of sorted) {
		let best = -1;
		let bestScore = 0;
		let bestRule: 'nom' | 'telephone' = 'nom';
		const seen = new Set<number>();
		for (const key of communeKeys(r)) {
			for (const c of byCommune.get(key) ?? []) {
				if (seen.has(c)) continue;
				seen.add(c);
				if (clusters[c].some((x) => x.source === r.source)) continue;
				for (const x of clusters[c]) {
					const m = matchHelpPoints(r, x, options);
					if (m && m.score > bestScore) [best, bestScore, bestRule] = [c, m.score, m.rule];
				}
			}
		}
		if (best < 0) {
			best = clusters.push([r]) - 1;
		} else {
			clusters[best].push(r);
			merges[bestRule]++;
		}
		for (const key of communeKeys(r)) {
			const list = byCommune.get(key) ?? [];
			if (!list.includes(best)) list.push(best);
			byCommune.set(key, list);
		}
	}
	const points = clusters.map((records) => ({
		id: `${records[0].source}:${records[0].sourceId}`,
		kind: records[0].kind,
		primary: records[0],
		records
	}));
	return {
		points,
		stats: {
			records: records.length,
			points: points.length,
			multiSource: points.filter((p) => p.records.length > 1).length,
			merges
		}
	};
}
