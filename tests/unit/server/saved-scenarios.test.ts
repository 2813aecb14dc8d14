import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, migrations } from '$lib/server/db/migrate';
import { insertScenario, savedScenarioCount } from '$lib/server/db/scenarios';

/** A data database at `steps` migrations (all of them by default). */
function database(steps?: number) {
	const db = new Database(':memory:');
	if (steps === undefined) migrate(db, 'data');
	else for (const m of migrations('data').slice(0, steps)) db.exec(m.sql);
	return db;
}

describe('saved scenarios, counted before a rebuild (db:build refuses to erase them)', () => {
	it('counts the scenarios a planner saved', () => {
		const db = database();
		expect(savedScenarioCount(db)).toBe(0);
		const s = { territoire: '04', contenu: '{}', auteur: 'planif@hub-du-sud.test' };
		insertScenario(db, { ...s, nom: 'COPIL 2026' }, '2026-11-30T10:00:00Z');
		insertScenario(db, { ...s, nom: 'Oraison' }, '2026-11-30T11:00:00Z');
		expect(savedScenarioCount(db)).toBe(2);
	});

	it('answers 0 for a database built before scenarios could be saved', () => {
		const db = database(7);
		expect(savedScenarioCount(db)).toBe(0);
	});
});
