/**
 * Undo an import: restore every row it inserted, updated or deleted, in one transaction. Refused
 * (nothing written) when the import is unknown, already undone, or when a row it changed was
 * changed again since (undo the later import first). The change log of undone imports is then
 * dropped and the file compacted: only standing imports keep theirs.
 */
import type Database from 'better-sqlite3';
import { revertChanges } from '../db/change-log';
import { getImport, importChanges, markUndone } from '../db/import-history';
import { compactDatabase, dropUndoneChanges } from '../db/maintenance';

/** Result of an undo, with a French message for people. */
export interface UndoResult {
	ok: boolean;
	message: string;
	/** Rows restored. */
	restored: number;
}

class Conflict extends Error {}

/** Undo import `id` (see the module comment). */
export function undoImport(db: Database.Database, id: number, now = new Date()): UndoResult {
	const entry = getImport(db, id);
	if (!entry) return { ok: false, message: `Import n° ${id} inconnu.`, restored: 0 };
	if (entry.annule_le)
		return {
			ok: false,
			message: `Import n° ${id} déjà annulé le ${entry.annule_le}.`,
			restored: 0
		};
	const changes = importChanges(db, id);
	let conflicts: string[] = [];
	try {
		db.transaction(() => {
			conflicts = revertChanges(db, changes);
			if (conflicts.length) throw new Conflict();
			markUndone(db, id, now.toISOString());
			dropUndoneChanges(db);
		})();
	} catch (err) {
		if (!(err instanceof Conflict)) throw err;
		const list = conflicts.slice(0, 5).join(', ');
		return {
			ok: false,
			message: `Annulation impossible : ${conflicts.length} ligne(s) modifiée(s) depuis l’import n° ${id} (${list}). Annulez d’abord les imports plus récents.`,
			restored: 0
		};
	}
	compactDatabase(db);
	return {
		ok: true,
		message: `Import n° ${id} (${entry.fichier}) annulé : ${changes.length} ligne(s) rétablie(s).`,
		restored: changes.length
	};
}
