/**
 * One territory code scheme: France, a région, a département, an EPCI (whole, even across a
 * border) and a commune are found in a database built from the real open data, with their
 * breadcrumbs and the départements holding their communes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { findTerritory, territoryCommuneCodes } from '$lib/server/db/territory-scope';
import { buildFromOpendata } from '../../helpers/real-database';

const dir = mkdtempSync(join(tmpdir(), 'maillage-scope-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('territories at every level (real open data, 04, 05, 40)', () => {
	const out = join(dir, 'built.sqlite');
	buildFromOpendata(out, ['04', '05', '40']);
	const db = new Database(out, { readonly: true });
	afterAll(() => db.close());
	const fil = (code: string) => findTerritory(db, code)?.fil.map((r) => r.code);

	it('names France, a région, a département, an EPCI and a commune', () => {
		expect(findTerritory(db, 'FR')).toMatchObject({ niveau: 'france', nom: 'France' });
		expect(findTerritory(db, 'R93')).toMatchObject({
			niveau: 'region',
			nom: "Provence-Alpes-Côte d'Azur",
			departements: ['04', '05']
		});
		expect(findTerritory(db, '04')).toMatchObject({
			niveau: 'departement',
			nom: 'Alpes-de-Haute-Provence'
		});
		expect(findTerritory(db, '04070')).toMatchObject({ niveau: 'commune', nom: 'Digne-les-Bains' });
		expect(fil('FR')).toEqual([]);
		expect(fil('R93')).toEqual(['FR']);
		expect(fil('04')).toEqual(['FR', 'R93']);
		expect(fil('04070')).toEqual(['FR', 'R93', '04', '200067437']);
	});

	it('keeps an EPCI that straddles two départements whole', () => {
		// CC Serre-Ponçon Val d'Avance: communes in the Hautes-Alpes and the Alpes-de-Haute-Provence
		const straddling = db
			.prepare(
				`SELECT epci FROM communes WHERE departement IN ('04', '05') AND epci IS NOT NULL
				 GROUP BY epci HAVING count(DISTINCT departement) = 2 LIMIT 1`
			)
			.pluck()
			.get() as string;
		const t = findTerritory(db, straddling);
		expect(t?.departements.sort()).toEqual(['04', '05']);
		const codes = territoryCommuneCodes(db, t!);
		expect(new Set(codes.map((c) => c.slice(0, 2)))).toEqual(new Set(['04', '05']));
		expect(t?.fil.at(-1)?.niveau).toBe('departement');
	});

	it('counts the communes of each level and finds none for territories not built', () => {
		const n = (code: string) => territoryCommuneCodes(db, findTerritory(db, code)!).length;
		expect(n('FR')).toBe(n('R93') + n('40'));
		expect(n('R93')).toBe(n('04') + n('05'));
		expect(findTerritory(db, 'R84')).toBeNull();
		expect(findTerritory(db, '13')).toBeNull();
		expect(findTerritory(db, 'R9')).toBeNull();
		expect(findTerritory(db, 'XX')).toBeNull();
	});
});
