import { describe, expect, it } from 'vitest';
import { arrondissements, buildCog } from '../../../src/lib/import/cog';
import { deriveFromAnciens, parseIfn } from '../../../src/lib/import/ifn';
import { loadCogFile, realCogInput } from '../../helpers/cog';
import { readSource } from '../../helpers/opendata';

describe('parseIfn on the real files', () => {
	const { records, issues } = parseIfn(readSource('ifn-2023'), 'ifn-commune-2023.csv');

	it('reads 35,006 rows and warns about the two empty ones', () => {
		expect(records).toHaveLength(35006);
		expect(issues.map((i) => [i.level, i.line])).toEqual([
			['warning', 4349],
			['warning', 9395]
		]);
	});

	it('total is the mean of the sub-scores', () => {
		const r = records.find((x) => x.code === '04070')!;
		const mean = (r.thd! + r.g4! + r.pauvrete! + r.plus65! + r.diplomes!) / 5;
		expect(r.total).toBeCloseTo(mean, 9);
	});

	it('derives values for current communes known only by their former communes', () => {
		const cog = buildCog(realCogInput());
		const arr = arrondissements(loadCogFile('communes.json'));
		const populations = new Map(
			[...arr.values()].flat().map((a) => [a.code, a.population ?? 0] as const)
		);
		const withArr = cog.communes.map((c) => ({
			...c,
			arrondissements: arr.get(c.code)?.map((a) => a.code)
		}));
		const derived = deriveFromAnciens(withArr, records, populations);
		const codes = new Set([...records, ...derived].map((r) => r.code));
		const stillMissing = cog.communes.filter((c) => !codes.has(c.code)).map((c) => c.code);
		expect(derived.every((r) => r.derived && r.total !== null)).toBe(true);
		expect(derived.map((r) => r.code)).toEqual(expect.arrayContaining(['13055', '69123', '75056']));
		// re-created after the file's COG (no row of their own), and 27676 whose parts are empty
		expect(stillMissing.sort()).toEqual([
			'15031',
			'15035',
			'15047',
			'15171',
			'27676',
			'60694',
			'85165',
			'85212'
		]);
	});
});
