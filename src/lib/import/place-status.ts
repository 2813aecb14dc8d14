/**
 * Status files: one CSV row per help point already in the database, giving what a planner knows
 * of its future (migration 007). Columns (documented in data/examples/README.md): `lieu_id`
 * (Maillage id) or `lieu_source_id` + `source`; `statut` (actif, menacé, en projet, fermé);
 * `fin_financement` (the day the funding or contract ends, ISO or dd/mm/yyyy); `note`.
 * An empty cell (or a missing column) leaves the stored value as it is; `-` clears it.
 */
import { plainText } from '../analysis/names';
import {
	PLACE_NOTE_MAX,
	PLACE_STATUS,
	PLACE_STATUSES,
	type PlaceStatus
} from '../catalog/place-status';
import { parseCsv } from './csv';
import { cleanText, issue, readDateCell, reject, warn, type RowContext } from './fields';
import { readLieuRef, type LieuRef } from './lieu-ref';
import type { ImportIssue, ParseResult } from './types';

/** One row of a status file: the fields it sets (absent = kept, null = cleared). */
export interface PlaceStatusRecord {
	line: number;
	lieu: LieuRef;
	statut?: PlaceStatus | null;
	/** YYYY-MM-DD. */
	finFinancement?: string | null;
	note?: string | null;
}

/** The columns a status file sets, as the file names them. */
export const STATUS_COLUMNS = ['statut', 'fin_financement', 'note'] as const;

/** The cell that clears a stored value. */
const CLEAR = '-';

/** `menacé`, `Menace`, `en projet`, `en_projet`… → the status, or null. */
export function readStatusWord(raw: string): PlaceStatus | null {
	const plain = plainText(raw);
	return (
		PLACE_STATUSES.find(
			(s) => plainText(s) === plain || plainText(PLACE_STATUS[s].label) === plain
		) ?? null
	);
}

const IGNORED = 'ligne ignorée';

/** One row → the record, or null when rejected (errors added to `ctx.issues`). */
function readRow(row: Record<string, string>, ctx: RowContext): PlaceStatusRecord | null {
	const lieu = readLieuRef(row, ctx, IGNORED);
	const record: PlaceStatusRecord = { line: ctx.line, lieu: lieu ?? { id: 0 } };
	let ok = lieu !== null;
	const rawStatus = cleanText(row.statut);
	if (rawStatus === CLEAR) record.statut = null;
	else if (rawStatus) {
		const statut = readStatusWord(rawStatus);
		if (statut) record.statut = statut;
		else {
			const allowed = PLACE_STATUSES.map((s) => PLACE_STATUS[s].label).join(', ');
			const msg = `Statut « ${rawStatus.slice(0, 40)} » inconnu (valeurs possibles : ${allowed}) : ${IGNORED}.`;
			reject(ctx, 'statut', msg);
			ok = false;
		}
	}
	if (cleanText(row.fin_financement) === CLEAR) record.finFinancement = null;
	else {
		const date = readDateCell(row, ctx, 'fin_financement');
		if (!date.ok) ok = false;
		else if (date.value) record.finFinancement = date.value;
	}
	const note = cleanText(row.note);
	if (note === CLEAR) record.note = null;
	else if (note && note.length > PLACE_NOTE_MAX) {
		reject(ctx, 'note', `Note trop longue (${note.length} caractères, ${PLACE_NOTE_MAX} au plus).`);
		ok = false;
	} else if (note) record.note = note;
	if (!ok) return null;
	if (
		record.statut === undefined &&
		record.finFinancement === undefined &&
		record.note === undefined
	) {
		warn(ctx, 'statut', `Ni statut, ni date de fin, ni note : ${IGNORED}.`);
		return null;
	}
	return record;
}

/**
 * A status CSV text (`,`, `;` or tab; columns already renamed, see column-mapping.ts) →
 * records. A file without any of the status columns is refused on line 1.
 */
export function parsePlaceStatuses(text: string, file: string): ParseResult<PlaceStatusRecord> {
	const csv = parseCsv(text, file);
	const issues: ImportIssue[] = [...csv.issues];
	const records: PlaceStatusRecord[] = [];
	if (csv.rows.length > 0 && !STATUS_COLUMNS.some((c) => csv.fields.includes(c))) {
		const msg = `Aucune colonne ${STATUS_COLUMNS.map((c) => `« ${c} »`).join(', ')} : rien à importer.`;
		issues.push(issue('error', file, 1, 'statut', msg));
		return { records, issues };
	}
	for (const { line, data } of csv.rows) {
		if (csv.issues.some((i) => i.line === line && i.level === 'error')) continue;
		const record = readRow(data, { file, line, issues });
		if (record) records.push(record);
	}
	return { records, issues };
}
