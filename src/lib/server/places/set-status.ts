/**
 * A planner sets a help point's status, funding end and note: one import of type `statut` in the
 * history, through the change log, so it is listed and undone like every correction.
 */
import type Database from 'better-sqlite3';
import type { PlaceStatusFields } from '../../params/place-status';
import { ChangeLog } from '../db/change-log';
import { finishImport, importChanges, insertImport, ONE_PLACE_UPDATED } from '../db/import-history';
import { getPlaceStatus } from '../db/place-status';

export type StatusResult =
	| { ok: true; importId: number; message: string }
	| { ok: false; status: number; message: string };

class NoChange extends Error {}

export function setPlaceStatus(
	db: Database.Database,
	id: number,
	fields: PlaceStatusFields,
	now = new Date()
): StatusResult {
	const place = getPlaceStatus(db, id);
	if (!place) return { ok: false, status: 404, message: 'Ce lieu n’existe plus.' };
	let importId = 0;
	try {
		db.transaction(() => {
			importId = insertImport(
				db,
				now.toISOString(),
				`Statut · fiche n° ${id} · ${place.nom}`.slice(0, 200),
				'statut'
			);
			const log = new ChangeLog(db, importId);
			log.update('lieux', {
				id,
				statut: fields.statut,
				fin_financement: fields.finFinancement,
				note_statut: fields.note
			});
			if (importChanges(db, importId).length === 0) throw new NoChange();
			finishImport(db, importId, ONE_PLACE_UPDATED);
		})();
	} catch (e) {
		if (e instanceof NoChange)
			return { ok: false, status: 400, message: 'Aucune modification : rien n’a été enregistré.' };
		throw e;
	}
	return {
		ok: true,
		importId,
		message: 'Statut enregistré. Il peut être annulé depuis l’historique.'
	};
}
