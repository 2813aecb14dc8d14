/**
 * CSV reading with papaparse: header mode, delimiter detection, real file line numbers; and the
 * rule every CSV we write follows, so that opening it in a spreadsheet runs nothing.
 */
import Papa from 'papaparse';
import { issue } from './fields';
import type { ImportIssue } from './types';

export interface CsvRow {
	/** 1-based line where the row starts in the file (the header is line 1). */
	line: number;
	data: Record<string, string>;
}

export interface CsvResult {
	fields: string[];
	rows: CsvRow[];
	issues: ImportIssue[];
}

const ERROR_MESSAGES: Record<string, string> = {
	MissingQuotes: 'guillemet fermant manquant',
	InvalidQuotes: 'guillemets mal placés',
	UndetectableDelimiter: 'séparateur introuvable (ni virgule, ni point-virgule, ni tabulation)',
	TooFewFields: 'ligne incomplète : moins de colonnes que l’en-tête',
	TooManyFields: 'ligne trop longue : plus de colonnes que l’en-tête'
};

const DELIMITERS = [',', ';', '\t'];

/**
 * Offset just after the header line (newlines inside quoted cells skipped) and the delimiter
 * used most in it. Guessing from the header only is steadier than papaparse's guess on the
 * first rows, which a short row can fool.
 */
function readHeader(text: string): { end: number; delimiter: string } {
	const counts = [0, 0, 0];
	let quoted = false;
	let i = 0;
	for (; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === '\n' && !quoted) break;
		else if (!quoted && DELIMITERS.includes(c)) counts[DELIMITERS.indexOf(c)]++;
	}
	const best = counts.indexOf(Math.max(...counts));
	return { end: Math.min(i + 1, text.length), delimiter: DELIMITERS[best] };
}

/**
 * Parse a CSV text (`,`, `;` or tab, detected) into header-keyed rows, each with the line it
 * starts on, and papaparse's errors as French issues. A UTF-8 BOM is removed.
 */
export function parseCsv(text: string, file: string): CsvResult {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows: CsvRow[] = [];
	const issues: ImportIssue[] = [];
	let fields: string[] = [];
	// Line counting is incremental: `counted` newlines were seen before offset `countedTo`.
	const header = readHeader(src);
	let lastEnd = header.end;
	let countedTo = 0;
	let counted = 0;
	Papa.parse<Record<string, string>>(src, {
		header: true,
		skipEmptyLines: true,
		delimiter: header.delimiter,
		step: (result) => {
			let start = lastEnd;
			while (start < src.length && (src[start] === '\r' || src[start] === '\n')) start++;
			for (let i = countedTo; i < start; i++) if (src.charCodeAt(i) === 10) counted++;
			countedTo = start;
			const line = counted + 1;
			lastEnd = result.meta.cursor;
			if (fields.length === 0 && result.meta.fields) fields = result.meta.fields;
			for (const e of result.errors) {
				const detail = ERROR_MESSAGES[e.code] ?? e.message;
				issues.push(issue('error', file, line, '', `Ligne ${line} illisible : ${detail}.`));
			}
			rows.push({ line, data: unescapeFormulas(result.data) });
		}
	});
	if (rows.length === 0) {
		const head = Papa.parse<string[]>(src, { preview: 1, delimiter: header.delimiter });
		fields = head.data[0] ?? [];
	}
	return { fields, rows, issues };
}

/**
 * Cells exported as `'=…`, `'+…`, `'-…` or `'@…` (the spreadsheet escape that stops a formula
 * from running, see neutraliseFormula) are read back without the apostrophe.
 */
function unescapeFormulas(data: Record<string, string>): Record<string, string> {
	for (const k of Object.keys(data)) {
		const v = data[k];
		if (typeof v === 'string' && /^'[=+\-@]/.test(v)) data[k] = v.slice(1);
	}
	return data;
}

/**
 * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * gets a leading apostrophe. Plain numbers and phone numbers ("-1.36", "+33 4 92…") are left
 * as they are: they cannot call anything, and the national schema wants them unchanged.
 */
export function neutraliseFormula(v: string): string {
	if (!/^[=+\-@\t\r]/.test(v) || /^[+-]?[\d .,]+$/.test(v)) return v;
	return `'${v}`;
}
