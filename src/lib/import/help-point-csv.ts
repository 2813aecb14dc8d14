/** The loop every help-point CSV parser shares: rows that count, a name or a rejection, a record. */
import { parseCsv } from './csv';
import { reject, type RowContext } from './fields';
import { sourceInfo } from './sources';
import type { HelpPointRecord, ParseResult } from './types';

/** What a source's CSV says about help points, row by row. */
export interface HelpPointCsv {
	/** Rows that are not help points (inactive, administrative addresses): skipped silently. */
	keep?: (row: Record<string, string>) => boolean;
	/** The place's name, read from the row; a row without one is rejected. */
	name: (row: Record<string, string>) => string | null;
	/** The column and the message of that rejection. */
	nameMissing: { field: string; message: string };
	/**
	 * The record of a named row, given its name and the source's date; null when the row is
	 * rejected (the function has said why with `reject`).
	 */
	record: (
		row: Record<string, string>,
		ctx: RowContext,
		found: { nom: string; dateMaj: string }
	) => HelpPointRecord | null;
}

/**
 * A source's CSV text → help points and issues (file, line, field, message). Every record
 * carries the source's date from the registry, the date its file was published.
 */
export function parseHelpPointCsv(
	text: string,
	file: string,
	sourceKey: string,
	spec: HelpPointCsv
): ParseResult<HelpPointRecord> {
	const dateMaj = sourceInfo(sourceKey).date;
	const csv = parseCsv(text, file);
	const issues = [...csv.issues];
	const records: HelpPointRecord[] = [];
	for (const { line, data: row } of csv.rows) {
		if (spec.keep && !spec.keep(row)) continue;
		const ctx: RowContext = { file, line, issues };
		const nom = spec.name(row);
		if (!nom) {
			reject(ctx, spec.nameMissing.field, spec.nameMissing.message);
			continue;
		}
		const record = spec.record(row, ctx, { nom, dateMaj });
		if (record) records.push(record);
	}
	return { records, issues };
}
