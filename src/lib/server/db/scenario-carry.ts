/**
 * Saved scenarios across a rebuild: read from the database being replaced, written into the new
 * one under the same ids (their shared links keep working), with the help points they switch off
 * found again by their source records, since a rebuild numbers places anew.
 */
import type Database from 'better-sqlite3';
import type { ScenarioRow } from '../../types/rows';
import { hasTable } from './connection';
import { newScenarioToken } from './scenarios';

/** A place's identity across builds: each of its source records, as `source␀source_id`. */
export const placeKey = (source: string, sourceId: string) => `${source}\u0000${sourceId}`;

/** The scenarios of a database and the source records of the places they switch off. */
export function scenariosToCarry(db: Database.Database): {
	rows: ScenarioRow[];
	keysOf: Map<number, string[]>;
	/** The highest id ever given, deleted scenarios included: never given again. */
	lastId: number;
} {
	if (!hasTable(db, 'scenarios')) return { rows: [], keysOf: new Map(), lastId: 0 };
	// saved before migration 009: no author account
	const rows = db
		.prepare<[], ScenarioRow>('SELECT * FROM scenarios ORDER BY id')
		.all()
		.map((r) => ({ ...r, compte: r.compte ?? null }));
	const lastId = Math.max(
		rows.at(-1)?.id ?? 0,
		hasTable(db, 'sqlite_sequence')
			? (db
					.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'scenarios'")
					.pluck()
					.get() ?? 0)
			: 0
	);
	const keysOf = new Map<number, string[]>();
	const q = db.prepare<[], { lieu: number; source: string; source_id: string }>(
		'SELECT lieu, source, source_id FROM lieux_sources'
	);
	if (rows.length)
		for (const r of q.iterate()) {
			const list = keysOf.get(r.lieu);
			const key = placeKey(r.source, r.source_id);
			if (list) list.push(key);
			else keysOf.set(r.lieu, [key]);
		}
	return { rows, keysOf, lastId };
}

/** The new ids of places by each of their source records. */
export function placeIdsByKey(db: Database.Database): Map<string, number> {
	const out = new Map<string, number>();
	const q = db.prepare<[], { lieu: number; source: string; source_id: string }>(
		'SELECT lieu, source, source_id FROM lieux_sources'
	);
	for (const r of q.iterate()) out.set(placeKey(r.source, r.source_id), r.lieu);
	return out;
}

/**
 * Writes carried scenarios, ids, authors and dates unchanged; ids up to `lastId` are not given
 * again (a deleted scenario's link must not open a later one).
 */
export function insertCarriedScenarios(
	db: Database.Database,
	rows: ScenarioRow[],
	lastId = 0
): void {
	const q = db.prepare(
		`INSERT INTO scenarios (id, nom, territoire, contenu, auteur, compte, jeton, cree_le, modifie_le)
		 VALUES (@id, @nom, @territoire, @contenu, @auteur, @compte, @jeton, @cree_le, @modifie_le)`
	);
	// a row read from a database older than migration 010 has no token yet: it gets one
	for (const r of rows) q.run({ ...r, jeton: r.jeton ?? newScenarioToken() });
	const seq = "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'scenarios'";
	if (lastId && db.prepare(seq).run(lastId).changes === 0)
		db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('scenarios', ?)").run(lastId);
}
