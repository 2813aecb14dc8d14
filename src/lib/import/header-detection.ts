/**
 * Tables copied out of roadmap PDFs and spreadsheets: a title and blank lines above the header,
 * totals and notes below the data. This finds the header row itself and cuts the table out of
 * the text, keeping the file's line numbers (`lineOffset` lines were cut above the header).
 */
import Papa from 'papaparse';
import { issue } from './fields';
import { parseFrenchNumber } from './messy';
import type { ImportIssue } from './types';

/** Lines scanned for the header. */
const HEADER_SCAN = 20;
/** A row below the data starting like this is a total or a note, not data. */
const FOOTER_RE =
	/^((total|totaux|ensemble|moyenne|sous-total|sources?|notes?|lecture|champ)\b(?![-_])|[*(])/i;

export interface TableCut {
	/** The table alone: its header line first, the totals and notes below it removed. */
	text: string;
	/** Lines above the header (0 when the header is the first line). */
	lineOffset: number;
	/** What was cut, said as warnings (file lines). */
	issues: ImportIssue[];
}

const DELIMITERS = [',', ';', '\t'];

/** A line quoted in a message, cut at 80 characters. */
const clip = (s: string) => (s.length > 80 ? s.slice(0, 79) + '…' : s);

/** The cells of one physical line, with the delimiter that splits the most header-like line. */
function cellsOf(line: string, delimiter: string): string[] {
	return (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((c) => c.trim());
}

/** A numeric cell once "%", spaces and French separators are set aside. */
export function isNumericCell(cell: string): boolean {
	return parseFrenchNumber(cell.replace(/\s*%$/, '')) !== null;
}

/**
 * How much a line looks like a header: its count of distinct non-empty, non-numeric cells,
 * or 0 when fewer than two or when numbers are as many as words.
 */
export function headerScore(cells: string[]): number {
	const filled = cells.filter((c) => c !== '');
	const words = filled.filter((c) => !isNumericCell(c));
	const distinct = new Set(words).size;
	return distinct >= 2 && words.length * 2 > filled.length ? distinct : 0;
}

/** The delimiter used most on the lines scanned (a title line has none). */
function guessDelimiter(lines: string[]): string {
	const counts = DELIMITERS.map((d) => lines.reduce((n, l) => n + l.split(d).length - 1, 0));
	return DELIMITERS[counts.indexOf(Math.max(...counts))];
}

/**
 * The header row among the first lines: the first one that looks like a header (two or more
 * distinct words, more words than numbers) and is followed by a row of the same shape. The
 * first line when none does (the parsers then say what is wrong). 0-based index.
 */
export function findHeaderLine(lines: string[]): number {
	const scan = lines.slice(0, HEADER_SCAN);
	const delimiter = guessDelimiter(scan);
	const rows = scan.map((l) => cellsOf(l, delimiter));
	const width = (cells: string[]) => cells.filter((c) => c !== '').length;
	for (let i = 0; i < rows.length; i++) {
		if (headerScore(rows[i]) === 0) continue;
		const next = rows.slice(i + 1).find((r) => width(r) > 0);
		// A header is followed by data of its shape; the last scanned line gets the benefit.
		if (!next || (next.length === rows[i].length && width(next) >= 2)) return i;
	}
	return 0;
}

/**
 * Cut the table out of a CSV text (see the module comment). A text whose first line is the
 * header and whose last line is data is returned unchanged, with no issue.
 */
export function cutTable(text: string, file: string): TableCut {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines = src.split('\n');
	const header = findHeaderLine(lines.map((l) => l.replace(/\r$/, '')));
	const issues: ImportIssue[] = [];
	if (header > 0) {
		const title = lines
			.slice(0, header)
			.map((l) => l.replace(/[,;\t\r]+/g, ' ').trim())
			.find(Boolean);
		const above = title ? ` (« ${clip(title)} »)` : '';
		const msg = `En-tête trouvé ligne ${header + 1} : ${header} ligne(s) au-dessus ignorée(s)${above}.`;
		issues.push(issue('warning', file, header + 1, '', msg));
	}
	const delimiter = guessDelimiter(lines.slice(header, header + HEADER_SCAN));
	let end = lines.length;
	// Trailing blank lines, totals and notes; a data row in the middle is never cut.
	while (end > header + 1) {
		const raw = lines[end - 1].replace(/\r$/, '');
		const cells = cellsOf(raw, delimiter).filter((c) => c !== '');
		if (cells.length === 0) {
			end--;
			continue;
		}
		const note = cells.length === 1 && /[a-z]{2,}\s+\S/i.test(cells[0]) && !isNumericCell(cells[0]);
		if (!note && !FOOTER_RE.test(cells[0])) break;
		const msg = `Ligne ${end} ignorée (total ou note sous le tableau) : « ${clip(cells.join(' '))} ».`;
		issues.unshift(issue('warning', file, end, '', msg));
		end--;
	}
	issues.sort((a, b) => a.line - b.line);
	if (header === 0 && issues.length === 0) return { text: src, lineOffset: 0, issues };
	const kept = lines.slice(header, end).join('\n');
	return { text: kept + (end < lines.length ? '\n' : ''), lineOffset: header, issues };
}
