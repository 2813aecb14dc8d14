/**
 * Saved scenarios: save what a planner built, list a territory's, and evaluate one again for the
 * shared page and the print. The figures are always those of `evaluateTerritoryScenario` on
 * today's data, never stored ones.
 */
import type Database from 'better-sqlite3';
import type { ScenarioRequest } from '../../params/scenario';
import { scenarioContent, storedScenarioRequest } from '../../params/saved-scenario';
import { getScenario, insertScenario, type ScenarioRow } from '../db/scenarios';
import { evaluateTerritoryScenario, type Answer, type ScenarioAnswer } from './evaluate';

/**
 * Saves a scenario after checking it evaluates (a département or an EPCI, known, sites inside it:
 * evaluateTerritoryScenario refuses the rest).
 */
export async function saveScenario(
	db: Database.Database,
	writer: Database.Database,
	nom: string,
	req: ScenarioRequest,
	author: { id: number; nom: string },
	now: Date
): Promise<Answer<{ id: number; jeton: string; territoire: string }>> {
	const check = await evaluateTerritoryScenario(db, req);
	if (!check.ok) return check;
	const { id, jeton } = insertScenario(
		writer,
		{
			nom,
			territoire: check.value.territoire.code,
			contenu: scenarioContent(req),
			auteur: author.nom,
			compte: author.id
		},
		now.toISOString()
	);
	return { ok: true, value: { id, jeton, territoire: check.value.territoire.code } };
}

export interface SavedScenario {
	row: ScenarioRow;
	request: ScenarioRequest;
	answer: ScenarioAnswer;
}

/**
 * A saved scenario evaluated on today's data; when it no longer evaluates (a commune merged
 * away, a partial rebuild), its row and why, in French; `row: null` when there is none.
 */
export type SavedLookup =
	| { ok: true; value: SavedScenario }
	| { ok: false; row: ScenarioRow | null; error: string };

export async function savedScenario(db: Database.Database, id: number): Promise<SavedLookup> {
	const row = getScenario(db, id);
	if (!row) return { ok: false, row: null, error: `Scénario introuvable : ${id}.` };
	const stale = (why: string) => ({
		ok: false as const,
		row,
		error: `Ce scénario ne peut plus être recalculé sur les données du jour : ${why}`
	});
	const request = storedScenarioRequest(row.territoire, row.contenu);
	if (!request.ok) return stale(request.error);
	const answer = await evaluateTerritoryScenario(db, request.value);
	return answer.ok
		? { ok: true, value: { row, request: request.value, answer: answer.value } }
		: stale(answer.error);
}
