import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, migrations } from '$lib/server/db/migrate';
import { getScenario, insertScenario, scenarioByToken } from '$lib/server/db/scenarios';
import { deleteSaved, mayManage, renameSaved, userMayManage } from '$lib/server/scenarios/manage';
import {
	parseScenarioId,
	parseScenarioRename,
	parseScenarioToken,
	scenarioLink,
	scenarioPdfLink
} from '$lib/params/saved-scenario';
import {
	insertCarriedScenarios,
	placeIdsByKey,
	placeKey,
	scenariosToCarry
} from '$lib/server/db/scenario-carry';
import { carryScenarios } from '$lib/server/build/carry-scenarios';
import { storedLostCount } from '$lib/params/saved-scenario';
import type { ScenarioRow } from '$lib/types/rows';

/** A data database at `steps` migrations (all of them by default). */
function database(steps?: number) {
	const db = new Database(':memory:');
	db.pragma('foreign_keys = OFF');
	if (steps === undefined) migrate(db, 'data');
	else for (const m of migrations('data').slice(0, steps)) db.exec(m.sql);
	return db;
}

function sourceRecord(db: Database.Database, lieu: number, source: string, id: string) {
	db.prepare(
		`INSERT INTO lieux_sources (lieu, source, source_id, nom, date_maj) VALUES (?, ?, ?, 'x', '2026-01-01')`
	).run(lieu, source, id);
}

const row = (id: number, contenu: string): ScenarioRow => ({
	id,
	nom: `Scénario ${id}`,
	territoire: '04',
	contenu,
	auteur: 'planif@hub-du-sud.test',
	compte: null,
	jeton: `${String(id).padStart(2, '0')}3456789abcdef0123456789`.slice(0, 24),
	cree_le: '2026-11-30T10:00:00Z',
	modifie_le: '2026-11-30T10:00:00Z'
});

describe('carryScenarios: the places a scenario switches off, found again after a rebuild', () => {
	const keysOf = new Map([
		[10, [placeKey('cnfs', 'a')]],
		[11, [placeKey('fs', 'b'), placeKey('cnfs', 'c')]],
		[12, [placeKey('cnfs', 'gone')]],
		[13, [placeKey('fs', 'b')]]
	]);
	const idsByKey = new Map([
		[placeKey('cnfs', 'a'), 501],
		[placeKey('cnfs', 'c'), 502],
		[placeKey('fs', 'b'), 502]
	]);

	it('renumbers them by source record, once each, and counts those no source holds any more', () => {
		const body = { retirer: [10, 11, 12, 13, 99], ajouter: [{ type: 'bus' }], seuil_km: '12' };
		const { rows, placesLost } = carryScenarios([row(7, JSON.stringify(body))], keysOf, idsByKey);
		expect(JSON.parse(rows[0].contenu)).toEqual({
			...body,
			retirer: [501, 502],
			retires_disparus: 2
		});
		expect(storedLostCount(rows[0].contenu)).toBe(2);
		expect(placesLost).toBe(2);
		// a second rebuild adds to the count rather than forget it
		const again = carryScenarios(rows, new Map([[501, [placeKey('cnfs', 'a')]]]), idsByKey);
		expect(JSON.parse(again.rows[0].contenu)).toMatchObject({
			retirer: [501],
			retires_disparus: 3
		});
		expect(rows[0]).toMatchObject({ id: 7, nom: 'Scénario 7', cree_le: '2026-11-30T10:00:00Z' });
	});

	it('keeps a content it cannot read as it was', () => {
		const { rows, placesLost } = carryScenarios(
			[row(1, '{pas du json'), row(2, '{}')],
			keysOf,
			idsByKey
		);
		expect(rows.map((r) => r.contenu)).toEqual(['{pas du json', '{}']);
		expect(storedLostCount('{pas du json')).toBe(0);
		expect(placesLost).toBe(0);
	});
});

describe('saved scenarios, read from the old database and written into the new one', () => {
	it('reads every scenario with the source records of the places, and writes them under their ids', () => {
		const old = database();
		sourceRecord(old, 10, 'cnfs', 'a');
		sourceRecord(old, 10, 'fs', 'z');
		const s = { territoire: '04', contenu: '{"retirer":[10]}', auteur: 'planif@hub-du-sud.test' };
		const a = insertScenario(old, { ...s, nom: 'COPIL 2026' }, '2026-11-30T10:00:00Z').id;
		const b = insertScenario(old, { ...s, nom: 'Oraison' }, '2026-11-30T11:00:00Z').id;
		const { rows, keysOf } = scenariosToCarry(old);
		expect(rows.map((r) => [r.id, r.nom])).toEqual([
			[a, 'COPIL 2026'],
			[b, 'Oraison']
		]);
		expect(keysOf.get(10)?.sort()).toEqual([placeKey('cnfs', 'a'), placeKey('fs', 'z')]);

		const fresh = database();
		sourceRecord(fresh, 42, 'cnfs', 'a');
		expect(placeIdsByKey(fresh).get(placeKey('cnfs', 'a'))).toBe(42);
		insertCarriedScenarios(fresh, carryScenarios(rows, keysOf, placeIdsByKey(fresh)).rows);
		const back = scenariosToCarry(fresh).rows;
		expect(back.map((r) => [r.id, r.nom, JSON.parse(r.contenu).retirer])).toEqual([
			[a, 'COPIL 2026', [42]],
			[b, 'Oraison', [42]]
		]);
	});

	it('keeps their authors, and never gives a deleted scenario’s id again', () => {
		const old = database();
		const s = { territoire: '04', contenu: '{}', auteur: 'Planificatrice', compte: 3 };
		const a = insertScenario(old, { ...s, nom: 'Gardé' }, '2026-11-30T10:00:00Z').id;
		const b = insertScenario(old, { ...s, nom: 'Supprimé' }, '2026-11-30T11:00:00Z').id;
		deleteSaved(old, b, { id: 3 });
		const { rows, keysOf, lastId } = scenariosToCarry(old);
		expect(lastId).toBe(b);
		const fresh = database();
		insertCarriedScenarios(fresh, carryScenarios(rows, keysOf, new Map()).rows, lastId);
		expect(getScenario(fresh, a)).toMatchObject({ nom: 'Gardé', compte: 3 });
		expect(insertScenario(fresh, { ...s, nom: 'Nouveau' }, '').id).toBe(b + 1);
	});

	it('carries the scenarios of a database saved before authors were recorded', () => {
		const old = database(8);
		old
			.prepare(
				`INSERT INTO scenarios (nom, territoire, contenu, auteur, cree_le, modifie_le)
				 VALUES ('Ancien', '04', '{}', 'X', '2026-11-01', '2026-11-01')`
			)
			.run();
		const { rows, lastId } = scenariosToCarry(old);
		const fresh = database();
		insertCarriedScenarios(fresh, rows, lastId);
		expect(getScenario(fresh, 1)).toMatchObject({ nom: 'Ancien', compte: null });
	});

	it('finds none in a database built before scenarios could be saved', () => {
		expect(scenariosToCarry(database(7)).rows).toEqual([]);
	});
});

describe('renaming and deleting a saved scenario', () => {
	const author = { id: 1 };
	const colleague = { id: 2 };
	const NOW = new Date('2026-12-01T09:00:00Z');
	const saved = (db: Database.Database, compte: number | null) =>
		insertScenario(
			db,
			{ territoire: '04', contenu: '{}', auteur: 'Planificatrice', nom: 'COPIL 2026', compte },
			'2026-11-30T10:00:00Z'
		).id;

	it('lets its author rename it (the change dated) and delete it', () => {
		const db = database();
		const id = saved(db, author.id);
		expect(renameSaved(db, id, 'COPIL du 21 janvier', author, NOW)).toEqual({
			ok: true,
			value: { id, nom: 'COPIL du 21 janvier', territoire: '04', jeton: getScenario(db, id)!.jeton }
		});
		expect(getScenario(db, id)).toMatchObject({
			nom: 'COPIL du 21 janvier',
			cree_le: '2026-11-30T10:00:00Z',
			modifie_le: NOW.toISOString()
		});
		expect(deleteSaved(db, id, author)).toEqual({ ok: true, value: { id, territoire: '04' } });
		expect(getScenario(db, id)).toBeNull();
		expect(deleteSaved(db, id, author)).toMatchObject({ ok: false, status: 404 });
		// A link shared before the deletion never opens a later scenario.
		expect(saved(db, author.id)).toBeGreaterThan(id);
	});

	it('refuses another planner (403, in French) and a visitor (401); nothing changes', () => {
		const db = database();
		const id = saved(db, author.id);
		const before = getScenario(db, id);
		expect(renameSaved(db, id, 'Autre', colleague)).toEqual({
			ok: false,
			status: 403,
			error:
				'Ce scénario a été enregistré par Planificatrice : seul son auteur peut le renommer ou le supprimer.'
		});
		expect(deleteSaved(db, id, colleague)).toMatchObject({ ok: false, status: 403 });
		expect(deleteSaved(db, id, null)).toMatchObject({ ok: false, status: 401 });
		expect(getScenario(db, id)).toEqual(before);
		expect(userMayManage(db, id, author)).toBe(true);
		expect(userMayManage(db, id, colleague)).toBe(false);
		expect(userMayManage(db, id, null)).toBe(false);
		expect(renameSaved(db, 999, 'Autre', author)).toEqual({
			ok: false,
			status: 404,
			error: 'Scénario n° 999 introuvable.'
		});
	});

	it('lets any planner tidy a scenario saved before authors were recorded', () => {
		const db = database();
		const id = saved(db, null);
		expect(mayManage({ compte: null }, colleague)).toBe(true);
		expect(deleteSaved(db, id, colleague)).toMatchObject({ ok: true });
	});

	it('upgrades a database of version 8 without losing its scenarios', () => {
		const db = database(8);
		db.prepare(
			`INSERT INTO scenarios (nom, territoire, contenu, auteur, cree_le, modifie_le)
			 VALUES ('Ancien', '04', '{}', 'X', '2026-11-01', '2026-11-01')`
		).run();
		for (const m of migrations('data').slice(8)) db.exec(m.sql);
		expect(db.prepare('SELECT id, nom, compte FROM scenarios').all()).toEqual([
			{ id: 1, nom: 'Ancien', compte: null }
		]);
		// migration 010 gives the scenarios saved before it a link token of their own
		const old = db.prepare('SELECT jeton FROM scenarios').pluck().get() as string;
		expect(old).toMatch(/^[0-9a-f]{24}$/);
		expect(scenarioByToken(db, old)).toMatchObject({ id: 1, nom: 'Ancien' });
		db.prepare('DELETE FROM scenarios').run();
		const neuf = insertScenario(
			db,
			{ territoire: '04', contenu: '{}', auteur: 'X', nom: 'Neuf' },
			''
		);
		expect(neuf.id).toBe(2);
		expect(neuf.jeton).toMatch(/^[0-9a-f]{24}$/);
		expect(neuf.jeton).not.toBe(old);
		expect(scenarioByToken(db, neuf.jeton)?.id).toBe(2);
		expect(scenarioByToken(db, '000000000000000000000000')).toBeNull();
	});
});

describe('scenario address and rename body', () => {
	it.each([
		['12', 12],
		['0', null],
		['12a', null],
		['1234567890', null]
	])('id %s → %s', (raw, id) => expect(parseScenarioId(raw)).toBe(id));

	it.each([
		['0123456789ABCDEF01234567', '0123456789abcdef01234567'],
		['12', null],
		['0123456789abcdef0123456', null],
		['0123456789abcdef0123456g', null],
		['../0123456789abcdef012345', null]
	])('link token %s → %s', (raw, t) => expect(parseScenarioToken(raw)).toBe(t));

	it('builds the page and print links from the token', () => {
		expect(scenarioLink('04', 'ab'.repeat(12))).toBe(`/territoire/04/scenarios/${'ab'.repeat(12)}`);
		expect(scenarioPdfLink('ab'.repeat(12))).toBe(`/imprimer/scenario.pdf?lien=${'ab'.repeat(12)}`);
	});

	it.each([
		[{ nom: '  COPIL   2026 ' }, { ok: true, value: 'COPIL 2026' }],
		[{ nom: 'x' }, { ok: false, error: expect.stringMatching(/au moins 2 caractères/) }],
		[{}, { ok: false, error: expect.stringMatching(/« nom »/) }],
		[null, { ok: false, error: expect.stringMatching(/« nom »/) }],
		[{ nom: 'x'.repeat(121) }, { ok: false, error: expect.stringMatching(/120 caractères/) }]
	])('%j', (body, expected) => expect(parseScenarioRename(body)).toEqual(expected));
});
