/**
 * Fixes for what spreadsheets do to data: French number formats, INSEE codes that lost their
 * leading zero and duplicate identifiers (commune names that do not match their code are fixed
 * by the placement, `placement.ts`). Each fix is said as a warning; what cannot be fixed is an error (row rejected).
 */
import { cleanText, padInsee, reject, warn, type RowContext } from './fields';
import type { ImportIssue } from './types';

// Space, no-break space and narrow no-break space (U+202F, what French Excel writes).
const GROUP_SEP = /[ \u00a0\u202f]/g;

/**
 * A number written the French way or the English way: `44,0956`, `1 234,5`, `1\u202f234`,
 * `1.234,5`, `6.4231`. `fixed` is true when the text was not already a plain decimal number.
 * Null when the value is not a number.
 */
export function parseFrenchNumber(raw: unknown): { value: number; fixed: boolean } | null {
	if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, fixed: false } : null;
	if (typeof raw !== 'string') return null;
	const s = raw.trim();
	if (s === '') return null;
	if (/^[-+]?\d+(\.\d+)?$/.test(s)) return { value: Number(s), fixed: false };
	let t = s;
	if (/^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(t)) t = t.replace(GROUP_SEP, '');
	if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) t = t.replace(/\./g, '');
	if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
	return /^[-+]?\d+(\.\d+)?$/.test(t) ? { value: Number(t), fixed: true } : null;
}

/**
 * A numeric cell as a plain decimal string for the parsers (`44,09` → `44.09`), with a warning
 * when it was rewritten; unchanged when it is not a number (the parser says why).
 */
export function normaliseNumberCell(raw: unknown, ctx: RowContext, field: string): unknown {
	const n = parseFrenchNumber(raw);
	if (!n || !n.fixed) return raw;
	warn(ctx, field, `Nombre « ${String(raw).trim()} » lu comme ${n.value}.`);
	return String(n.value);
}

/**
 * An INSEE code cell: a code that lost its leading zero (`4173` → `04173`) is fixed with a
 * warning; an invalid code is returned as is (the parser reports it).
 */
export function normaliseInseeCell(raw: unknown, ctx: RowContext, field: string): unknown {
	const s = cleanText(raw);
	if (!s) return raw;
	const code = padInsee(s);
	if (!code || code === s) return raw;
	if (code.length !== s.length)
		warn(ctx, field, `Code INSEE « ${s} » complété en « ${code} » (zéro initial perdu).`);
	return code;
}

/**
 * Lines whose identifier was already used on an earlier line of the file: each is rejected
 * with an error naming the first line (the first row with an identifier wins).
 */
export function duplicateIdLines(
	rows: { line: number; id: string | null }[],
	file: string,
	field: string,
	issues: ImportIssue[]
): Set<number> {
	const first = new Map<string, number>();
	const dup = new Set<number>();
	for (const { line, id } of rows) {
		if (!id) continue;
		const seen = first.get(id);
		if (seen === undefined) first.set(id, line);
		else {
			dup.add(line);
			const msg = `Identifiant « ${id} » en double (déjà ligne ${seen}) : ligne ignorée.`;
			reject({ file, line, issues }, field, msg);
		}
	}
	return dup;
}
