/**
 * Renaming and deleting a saved scenario. The rule: the planner who saved it may, others may not
 * (a colleague's scenario may be the one shown at tomorrow's meeting, and a deletion cannot be
 * undone); a scenario saved before authors were recorded (migration 009) may be tidied by any
 * signed-in planner. The read-only page, its actions and the API all ask `mayManage`.
 */
import type Database from 'better-sqlite3';
import { deleteScenario, getScenario, renameScenario, type ScenarioRow } from '../db/scenarios';
import { whenFree } from '../reports/busy';

/** The signed-in planner asking (`locals.user`). */
export interface Planner {
	id: number;
}

/** An answer to a planner's change, with a French message when refused. */
export type ManageAnswer<T> =
	| { ok: true; value: T }
	| { ok: false; status: 401 | 403 | 404 | 503; error: string };

/** Whether `user` may rename or delete `row` (see the module comment). */
export function mayManage(row: Pick<ScenarioRow, 'compte'>, user: Planner | null): boolean {
	return user !== null && (row.compte === null || row.compte === user.id);
}

/** Whether `user` may rename or delete scenario `id` (false when it does not exist). */
export function userMayManage(db: Database.Database, id: number, user: Planner | null): boolean {
	const row = user ? getScenario(db, id) : null;
	return row !== null && mayManage(row, user);
}

/** The scenario `id` if `user` may change it, else why not. */
function managed(
	db: Database.Database,
	id: number,
	user: Planner | null
): ManageAnswer<ScenarioRow> {
	if (!user)
		return { ok: false, status: 401, error: 'Connexion requise pour modifier un scénario.' };
	const row = getScenario(db, id);
	if (!row) return { ok: false, status: 404, error: `Scénario n° ${id} introuvable.` };
	if (!mayManage(row, user))
		return {
			ok: false,
			status: 403,
			error: `Ce scénario a été enregistré par ${row.auteur || 'un autre planificateur'} : seul son auteur peut le renommer ou le supprimer.`
		};
	return { ok: true, value: row };
}

/** A write that waits for an import holding the database, then says so in French (503). */
function written<T>(write: () => ManageAnswer<T>): ManageAnswer<T> {
	const r = whenFree(write);
	return 'message' in r ? { ok: false, status: r.status, error: r.message } : r;
}

/** Renames scenario `id` (the name already checked by `parseScenarioName`). */
export function renameSaved(
	db: Database.Database,
	id: number,
	nom: string,
	user: Planner | null,
	now = new Date()
): ManageAnswer<Pick<ScenarioRow, 'id' | 'nom' | 'territoire' | 'jeton'>> {
	return written(() => {
		const row = managed(db, id, user);
		if (!row.ok) return row;
		renameScenario(db, id, nom, now.toISOString());
		return {
			ok: true,
			value: { id, nom, territoire: row.value.territoire, jeton: row.value.jeton }
		};
	});
}

/** Deletes scenario `id`; its shared link then leads to a 404 page. */
export function deleteSaved(
	db: Database.Database,
	id: number,
	user: Planner | null
): ManageAnswer<Pick<ScenarioRow, 'id' | 'territoire'>> {
	return written(() => {
		const row = managed(db, id, user);
		if (!row.ok) return row;
		deleteScenario(db, id);
		return { ok: true, value: { id, territoire: row.value.territoire } };
	});
}
