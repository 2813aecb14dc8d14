/**
 * Size limits of an imported file: characters per field and rows per file. Real sources have at
 * most about 500 characters in a cell (an opening-hours comment); a 20 000-character name is a
 * mistake or an attack, and every page and print that shows it pays for it.
 */
import { issue } from './fields';
import type { ImportIssue } from './types';

/** Characters a field may hold. */
export const MAX_FIELD_CHARS = 2000;

const fmt = (n: number) => n.toLocaleString('fr-FR');

/** Lines of a file's bytes (newline characters, plus a last line without one). */
export function countLines(bytes: Uint8Array): number {
	let n = 0;
	for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
	return bytes.length && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

/** The error for a file of `rows` data rows when at most `max` are accepted. */
export function tooManyRowsIssue(file: string, rows: number, max: number): ImportIssue {
	return issue(
		'error',
		file,
		1,
		'',
		`Fichier trop long : ${fmt(rows)} lignes de données, ${fmt(max)} au plus par import depuis cette page. Découpez-le en plusieurs fichiers, ou importez-le avec « npm run import ».`
	);
}

/**
 * Characters of the text in a list or object (JSON), counted without recursion (a file can nest
 * lists deeper than the call stack) and stopping past the limit.
 */
function textLength(value: unknown): number {
	let n = 0;
	const todo: unknown[] = [value];
	while (todo.length && n <= MAX_FIELD_CHARS) {
		const v = todo.pop();
		if (typeof v === 'string') n += v.length;
		else if (typeof v === 'number' || typeof v === 'boolean') n += String(v).length;
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				n += Array.isArray(v) ? 1 : k.length + 1;
				todo.push(x);
			}
	}
	return n;
}

/**
 * Lines holding a field longer than MAX_FIELD_CHARS, with one error per such field (file, line,
 * field): those rows are rejected. Lists and objects (JSON) count the text they hold.
 */
export function overlongFields(
	rows: { line: number; data: Record<string, unknown> }[],
	file: string,
	issues: ImportIssue[]
): Set<number> {
	const lines = new Set<number>();
	for (const { line, data } of rows)
		for (const [field, value] of Object.entries(data)) {
			if (value == null) continue;
			const length = typeof value === 'string' ? value.length : textLength(value);
			if (length <= MAX_FIELD_CHARS) continue;
			lines.add(line);
			const name = field.length > 60 ? `${field.slice(0, 60)}…` : field;
			issues.push(
				issue(
					'error',
					file,
					line,
					name,
					`Champ « ${name} » trop long : ${fmt(length)} caractères (${fmt(MAX_FIELD_CHARS)} au plus) : ligne ignorée.`
				)
			);
		}
	return lines;
}
