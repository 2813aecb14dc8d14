/** Saved scenarios (migration 008): what a planner changed, under a name; never the figures. */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ScenarioRow } from '../../types/rows';

export type { ScenarioRow };
export type ScenarioListRow = Pick<ScenarioRow, 'id' | 'nom' | 'auteur' | 'modifie_le' | 'jeton'>;

/** A read-only link's token: 96 random bits, as 24 hexadecimal digits. */
export const newScenarioToken = () => randomBytes(12).toString('hex');

/** Saves a new scenario and returns its id and the token of its read-only link. */
export function insertScenario(
	db: Database.Database,
	s: Pick<ScenarioRow, 'nom' | 'territoire' | 'contenu' | 'auteur'> &
		Partial<Pick<ScenarioRow, 'compte'>>,
	now: string
): { id: number; jeton: string } {
	const jeton = newScenarioToken();
	const r = db
		.prepare(
			`INSERT INTO scenarios (nom, territoire, contenu, auteur, compte, jeton, cree_le, modifie_le)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(s.nom, s.territoire, s.contenu, s.auteur, s.compte ?? null, jeton, now, now);
	return { id: Number(r.lastInsertRowid), jeton };
}

/** The saved scenario a read-only link's token opens, or null. */
export function scenarioByToken(db: Database.Database, jeton: string): ScenarioRow | null {
	return (
		db.prepare<[string], ScenarioRow>('SELECT * FROM scenarios WHERE jeton = ?').get(jeton) ?? null
	);
}

/** One saved scenario, or null. */
export function getScenario(db: Database.Database, id: number): ScenarioRow | null {
	return db.prepare<[number], ScenarioRow>('SELECT * FROM scenarios WHERE id = ?').get(id) ?? null;
}

/** Gives a saved scenario a new name; false when it does not exist. */
export function renameScenario(
	db: Database.Database,
	id: number,
	nom: string,
	now: string
): boolean {
	return (
		db.prepare('UPDATE scenarios SET nom = ?, modifie_le = ? WHERE id = ?').run(nom, now, id)
			.changes > 0
	);
}

/** Deletes a saved scenario; false when it did not exist. */
export function deleteScenario(db: Database.Database, id: number): boolean {
	return db.prepare('DELETE FROM scenarios WHERE id = ?').run(id).changes > 0;
}

/** The scenarios saved for a territory, the latest first. */
export function scenariosOf(db: Database.Database, territoire: string): ScenarioListRow[] {
	return db
		.prepare<[string], ScenarioListRow>(
			`SELECT id, nom, auteur, modifie_le, jeton FROM scenarios WHERE territoire = ?
			 ORDER BY modifie_le DESC, id DESC`
		)
		.all(territoire);
}
