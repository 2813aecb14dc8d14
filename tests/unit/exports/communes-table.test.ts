import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeCoverage } from '$lib/analysis/coverage';
import { referenceAverages } from '$lib/analysis/references';
import { dashboard } from '$lib/analysis/dashboard';
import { exportRows, toFrenchCsv } from '$lib/exports/communes-table';
import { neutraliseFormula } from '$lib/import/csv';
import { bruteCoverage, randomFixture } from '../analysis/coverage-brute-force';
import { itMaps } from '../../helpers/table';

function analyse(seed: number) {
	const { communes, points } = randomFixture(seed);
	const references = referenceAverages(communes, 'ifn');
	const options = {
		indicator: 'ifn',
		reference: 'departement' as const,
		references,
		thresholdKm: 10,
		kinds: null
	};
	const coverage = computeCoverage(communes, points, options);
	const rows = exportRows(
		communes,
		coverage,
		'ifn',
		{ E1: 'CC « Un ; deux »' },
		(c) => references.departement[c.departement] ?? null
	);
	return { communes, points, coverage, rows, options };
}

describe('commune export', () => {
	it.each([1, 7, 42])('agrees with the dashboard and with brute force (seed %i)', (seed) => {
		const { communes, points, coverage, rows, options } = analyse(seed);
		const board = dashboard(communes, coverage, points);
		const brute = bruteCoverage(communes, points, options);
		const zb = rows.filter((r) => r.zone_blanche === 1);
		expect(zb.length).toBe(board.zonesBlanches.count);
		expect(zb.length).toBe(brute.filter((b) => b.zoneBlanche).length);
		expect(zb.reduce((a, r) => a + r.population, 0)).toBe(board.zonesBlanches.population);
		expect(rows.filter((r) => r.ecart_moyenne != null && r.ecart_moyenne > 0).length).toBe(
			brute.filter((b) => b.ecart != null && b.ecart > 0).length
		);
	});

	it('writes a CSV a French spreadsheet opens: BOM, semicolons, decimal commas, quoted names', () => {
		const { rows } = analyse(3);
		const csv = toFrenchCsv(rows);
		expect(
			csv.startsWith('\uFEFFcode_insee;nom;epci;population;ifn;ifn_ecart_moyenne;illectronisme;')
		).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.length).toBe(rows.length);
		const withEpci = parsed.data.find((r) => r.epci === 'CC « Un ; deux »');
		expect(withEpci).toBeDefined();
		const withIfn = parsed.data.find((r) => r.ifn !== '');
		expect(withIfn?.ifn).toMatch(/^\d+(,\d+)?$/);
		expect(new Set(parsed.data.map((r) => r.zone_blanche))).toEqual(new Set(['0', '1']));
		for (const col of ['lieu_plus_proche', 'distance_route_estimee_km', 'zone_blanche'])
			expect(parsed.meta.fields).toContain(col);
		// no column leaves the reader guessing which distance it is
		expect(parsed.meta.fields).not.toContain('distance_km');
	});

	it.each([1, 7, 42])(
		'shows for every zone blanche the distance the threshold uses, beyond the threshold (seed %i)',
		(seed) => {
			const { rows, options } = analyse(seed);
			const zb = rows.filter((r) => r.zone_blanche === 1 && r.distance_route_estimee_km != null);
			expect(zb.length).toBeGreaterThan(0);
			// rounded to 0.1 km
			for (const r of zb)
				expect(r.distance_route_estimee_km as number).toBeGreaterThanOrEqual(
					options.thresholdKm - 0.05
				);
			// the crow-flies distance would have shown some of them "within" the threshold
			expect(zb.some((r) => (r.distance_vol_oiseau_km as number) < options.thresholdKm)).toBe(true);
		}
	);
});

describe('formula injection', () => {
	itMaps('neutralises %s', neutraliseFormula, [
		['=CMD()', "'=CMD()"],
		['+SUM(A1)', "'+SUM(A1)"],
		['-2+3', "'-2+3"],
		['+33 4 92 30 07 90', '+33 4 92 30 07 90'],
		['-1.36', '-1.36'],
		['@SUM(A1)', "'@SUM(A1)"],
		['Digne', 'Digne']
	]);

	it('keeps negative numbers as numbers in the CSV', () => {
		const { rows } = analyse(5);
		const row = { ...rows[0], nom: '=HYPERLINK("http://x")', ifn_ecart_moyenne: -1.5 };
		const csv = toFrenchCsv([row]);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(csv).toContain(';-1,5;');
	});
});
