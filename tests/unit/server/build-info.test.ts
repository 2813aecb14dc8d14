import { describe, expect, it } from 'vitest';
import { createDatabase } from '$lib/server/db/connection';
import { dataIdentity } from '$lib/server/db/build-info';

describe('dataIdentity (what /api/sante says of the data)', () => {
	it('dates the data by its build, then by its latest import or undo', () => {
		const db = createDatabase();
		db.exec(`INSERT INTO build_info (key, value) VALUES
			('date', '2026-11-30T00:06:11.579Z'), ('departements', 'all')`);
		db.exec(`INSERT INTO imports (date, fichier, type, annule_le) VALUES
			('2026-12-02T10:00:00.000Z', 'a.csv', 'lieux', NULL),
			('2026-12-01T09:00:00.000Z', 'b.csv', 'lieux', '2026-12-03T08:00:00.000Z')`);
		const id = dataIdentity(db);
		expect(id).toMatchObject({
			construite_le: '2026-11-30T00:06:11.579Z',
			modifiee_le: '2026-12-03T08:00:00.000Z',
			departements: 'all'
		});
		expect(id.schema).toBeGreaterThanOrEqual(5);
	});

	it('says nothing it does not know (a database made by hand)', () => {
		expect(dataIdentity(createDatabase())).toMatchObject({
			construite_le: null,
			modifiee_le: null,
			departements: null
		});
	});
});
