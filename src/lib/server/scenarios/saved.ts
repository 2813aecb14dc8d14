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

/** Saves a scenario after checking it evaluates (known territory, sites inside it). */
export async function saveScenario(
	db: Database.Database,
	writer: Database.Database,
	nom: string,
	req: ScenarioRequest,
	author: { id: number; nom: string },
	now: Date
): Promise<Answer<{ id: number; territoire: string }>> {
	const check = await evaluateTerritoryScenario(db, req);
	if (!check.ok) return check;
	if (!['departement', 'epci'].includes(check.value.territoire.niveau))
		return {
			ok: false,
			status: 400,
			error: 'Un scénario s’enregistre pour un département ou une intercommunalité.'
		};
	const id = insertScenario(
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
	return { ok: true, value: { id, territoire: check.value.territoire.code } };
}

export interface SavedScenario {
	row: ScenarioRow;
	request: ScenarioRequest;
	answer: ScenarioAnswer;
}

/** A saved scenario evaluated on today's data; null when unknown or no longer evaluable. */
export async function savedScenario(
	db: Database.Database,
	id: number
): Promise<SavedScenario | null> {
	const row = getScenario(db, id);
	if (!row) return null;
	const request = storedScenarioRequest(row.territoire, row.contenu);
	if (!request.ok) return null;
	const answer = await evaluateTerritoryScenario(db, request.value);
	return answer.ok ? { row, request: request.value, answer: answer.value } : null;
}
