/**
 * Misspelt commune names ("Forcalqier", "Digne les Bain") matched to the right commune when the
 * code or the postcode of the row names a few candidates: the candidate whose normalised name is
 * nearest by edit distance, if near enough. Each correction is reported by the caller.
 */
// The one name normaliser of the project.
import { normaliseCommuneName } from '../analysis/names';

export interface NamedCommune {
	code: string;
	nom: string;
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++)
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[b.length];
}

/** Edits allowed between a written name and the official one: one per four letters, at least one. */
export const maxEdits = (name: string) => Math.max(1, Math.floor(name.length / 4));

export type NameMatch =
	| { kind: 'exact'; commune: NamedCommune }
	| { kind: 'corrected'; commune: NamedCommune; distance: number }
	| { kind: 'none' };

/**
 * The commune among `candidates` (the communes of the row's code or postcode) that `written`
 * names: `exact` when the normalised names are equal, `corrected` when one is within
 * `maxEdits` (the nearest; a tie between two communes is no match), else `none`.
 */
export function matchCommuneName(written: string, candidates: readonly NamedCommune[]): NameMatch {
	const wanted = normaliseCommuneName(written);
	if (!wanted) return { kind: 'none' };
	const scored = candidates
		.map((commune) => ({
			commune,
			distance: editDistance(wanted, normaliseCommuneName(commune.nom))
		}))
		.sort((a, b) => a.distance - b.distance);
	const [best, second] = scored;
	if (!best) return { kind: 'none' };
	if (best.distance === 0) return { kind: 'exact', commune: best.commune };
	if (best.distance > maxEdits(wanted)) return { kind: 'none' };
	if (second && second.distance === best.distance) return { kind: 'none' };
	return { kind: 'corrected', commune: best.commune, distance: best.distance };
}

/** The report of a correction: « Forcalqier » lu comme Forcalquier (04088). */
export const correctionMessage = (written: string, commune: NamedCommune) =>
	`« ${written.trim()} » lu comme ${commune.nom} (${commune.code}).`;

/** Where a file type writes the commune name, its code and its postcode. */
export interface NameColumns {
	name: string;
	code: string;
	postcode?: string;
}

/**
 * Commune names of the rows checked against their code (or, without a known code, their
 * postcode): each misspelt name read as a commune is said as a warning on its line. Returns the
 * commune of each corrected line, for the parsers that can use it (a name already right needs
 * nothing).
 */
export function matchRowNames(
	rows: readonly { line: number; data: Record<string, unknown> }[],
	columns: NameColumns,
	cog: {
		communes: ReadonlyMap<string, NamedCommune>;
		communesByPostcode: ReadonlyMap<string, readonly NamedCommune[]>;
	},
	report: (line: number, field: string, message: string) => void
): Map<number, NamedCommune> {
	const found = new Map<number, NamedCommune>();
	const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
	for (const { line, data } of rows) {
		const written = text(data[columns.name]);
		if (!written) continue;
		let code = text(data[columns.code]).toUpperCase();
		if (/^\d{4}$/.test(code)) code = '0' + code;
		let postcode = columns.postcode ? text(data[columns.postcode]) : '';
		if (/^\d{4}$/.test(postcode)) postcode = '0' + postcode;
		const byCode = cog.communes.get(code);
		const candidates = byCode ? [byCode] : (cog.communesByPostcode.get(postcode) ?? []);
		const match = matchCommuneName(written, candidates);
		if (match.kind !== 'corrected') continue;
		found.set(line, match.commune);
		report(line, columns.name, correctionMessage(written, match.commune));
	}
	return found;
}
