import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { territorySummary } from '$lib/server/territories/summary';
import { buildFromOpendata } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';

const out = join(tempDir('maillage-build-'), 'test.sqlite');

describe('database build (real open data, 04)', () => {
	buildFromOpendata(out);
	let db: Database.Database;
	beforeAll(() => {
		db = new Database(out, { readonly: true });
	});
	afterAll(() => db?.close());

	it('stores the 198 communes of 04 with a shape and a point each', () => {
		const r = db
			.prepare(
				"SELECT count(*) n, sum(geometry IS NOT NULL) g, sum(lat IS NOT NULL) p FROM communes WHERE departement = '04'"
			)
			.get() as { n: number; g: number; p: number };
		expect(r).toEqual({ n: 198, g: 198, p: 198 });
	});

	it('summarises 04 as the roadmap: 6.71, 16 France services of which 1 bus', async () => {
		const s = await territorySummary(db, '04');
		expect(s?.ifn_moyen).toBeCloseTo(6.711, 3);
		expect(s?.lieux['france-services']).toBe(16);
		expect(s?.lieux_itinerants['france-services']).toBe(1);
		const apv = s?.epci?.find((e) => e.code === '200068625');
		expect(apv?.ifn_moyen).toBeCloseTo(7.65, 2);
		expect(apv?.illectronisme).toBe(22);
	});

	it('keeps the source and date of every help point and indicator', () => {
		const orphan = db
			.prepare(
				`SELECT (SELECT count(*) FROM lieux l WHERE NOT EXISTS (SELECT 1 FROM lieux_sources s WHERE s.lieu = l.id))
				 + (SELECT count(*) FROM lieux_sources s WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.key = s.source))
				 + (SELECT count(*) FROM indicateurs i WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.key = i.source)) AS n`
			)
			.get() as { n: number };
		expect(orphan.n).toBe(0);
		const dates = db
			.prepare("SELECT count(*) n FROM lieux WHERE date_maj NOT GLOB '[12][0-9][0-9][0-9]-*'")
			.get() as { n: number };
		expect(dates.n).toBe(0);
	});

	it('serves the bus with its service area (the communes of its EPCI)', () => {
		const bus = db
			.prepare("SELECT id, code_insee FROM lieux WHERE kind = 'france-services' AND itinerant = 1")
			.get() as { id: number; code_insee: string };
		expect(bus.code_insee).toBe('04173'); // Saint-André-les-Alpes
		const n = db.prepare('SELECT count(*) n FROM zones_desserte WHERE lieu = ?').get(bus.id) as {
			n: number;
		};
		expect(n.n).toBe(41); // CC Alpes-Provence-Verdon
	});

	it('finds help points through the R*Tree index', () => {
		const rows = db
			.prepare(
				'SELECT count(*) n FROM lieux_rtree WHERE min_lat BETWEEN 44.0 AND 44.2 AND min_lon BETWEEN 6.1 AND 6.35'
			)
			.get() as { n: number };
		expect(rows.n).toBeGreaterThan(3);
	});
});
