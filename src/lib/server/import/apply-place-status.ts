/**
 * Rows of a status file → the status, funding end and note of help points already in the
 * database (migration 007), through the change log: the import is in the history and undo
 * gives the previous values back. A place named twice in one file is refused on the later line.
 */
import type Database from 'better-sqlite3';
import { issue } from '../../import/fields';
import { lieuRefField, lieuRefLabel } from '../../import/lieu-ref';
import type { PlaceStatusRecord } from '../../import/place-status';
import type { Located } from '../../import/read-import';
import type { ChangeLog, Row } from '../db/change-log';
import { lieuOfRef } from '../db/import-lookups';
import type { ImportContext, Outcome } from './context';

/** The `lieux` columns a row sets (absent fields are left as stored). */
function statusColumns(r: PlaceStatusRecord): Row {
	const row: Row = {};
	if (r.statut !== undefined) row.statut = r.statut;
	if (r.finFinancement !== undefined) row.fin_financement = r.finFinancement;
	if (r.note !== undefined) row.note_statut = r.note;
	return row;
}

/** Apply the rows of a status file; one outcome per row. */
export function applyPlaceStatuses(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	rows: Located<PlaceStatusRecord>[]
): Outcome[] {
	const lineOf = new Map<number, number>();
	return rows.map(({ line, record }): Outcome => {
		const err = (field: string, message: string): Outcome => {
			ctx.issues.push(issue('error', ctx.file, line, field, message));
			return 'rejected';
		};
		const id = lieuOfRef(db, record.lieu);
		const what = `Lieu ${lieuRefLabel(record.lieu)}`;
		if (id === null)
			return err(lieuRefField(record.lieu), `${what} introuvable dans la base : ligne ignorée.`);
		const first = lineOf.get(id);
		if (first !== undefined)
			return err(lieuRefField(record.lieu), `${what} déjà donné ligne ${first} : ligne ignorée.`);
		lineOf.set(id, line);
		return log.update('lieux', { id, ...statusColumns(record) }) ? 'updated' : 'unchanged';
	});
}
