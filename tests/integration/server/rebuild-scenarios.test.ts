import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildDatabase } from '$lib/server/build/build-database';
import { sourceRoots } from '$lib/server/sources/source-resolver';
import { insertScenario } from '$lib/server/db/scenarios';
import { buildFromOpendata } from '../../helpers/real-database';
import { withOpendata } from '../../helpers/opendata';
import { tempDir } from '../../helpers/temp-dir';

const out = join(tempDir('maillage-rebuild-'), 'maillage.sqlite');

/** Name and commune of places, by id. */
const places = (db: Database.Database, ids: number[]) =>
	ids.map((id) =>
		db
			.prepare<
				[number],
				{ nom: string; code_insee: string }
			>('SELECT nom, code_insee FROM lieux WHERE id = ?')
			.get(id)
	);

describe('a rebuild keeps the saved scenarios (real open data, 04)', () => {
	buildFromOpendata(out);

	it('carries them under their ids, their places found again though renumbered', () => {
		const db = new Database(out);
		const ids = db
			.prepare<
				[],
				number
			>(`SELECT id FROM lieux WHERE departement = '04' AND kind = 'conseiller-numerique' ORDER BY id LIMIT 3`)
			.pluck()
			.all();
		expect(ids.length).toBe(3);
		const before = places(db, ids);
		// numbers the build will not give again: the rebuild must find the places by source record
		db.pragma('foreign_keys = OFF');
		db.exec('UPDATE lieux SET id = id + 100000; UPDATE lieux_sources SET lieu = lieu + 100000;');
		const moved = ids.map((id) => id + 100000);
		const contenu = JSON.stringify({
			retirer: [...moved, 999_999_999],
			ajouter: [],
			seuil_km: '10'
		});
		const { id, jeton } = insertScenario(
			db,
			{ nom: 'COPIL', territoire: '04', contenu, auteur: 'planif@hub-du-sud.test' },
			'2026-11-30T10:00:00Z'
		);
		db.close();

		const summary = withOpendata(() =>
			buildDatabase({ departements: ['04'], out, roots: sourceRoots() })
		);
		expect(summary.scenarios).toEqual({ carried: 1, placesLost: 1 });
		const rebuilt = new Database(out, { readonly: true });
		const row = rebuilt.prepare('SELECT * FROM scenarios').get() as {
			id: number;
			nom: string;
			contenu: string;
			jeton: string;
		};
		// same id and same link token: a link shown before the rebuild still opens it
		expect(row).toMatchObject({ id, nom: 'COPIL', jeton });
		const retirer = JSON.parse(row.contenu).retirer as number[];
		expect(retirer).toHaveLength(3);
		expect(places(rebuilt, retirer)).toEqual(before);
		rebuilt.close();
	});
});
