import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from '../../../src/lib/analysis/weighted-mean';
import { buildCog } from '../../../src/lib/import/cog';
import { parseIfn } from '../../../src/lib/import/ifn';
import { realCogInput } from '../../helpers/cog';
import { readSource } from '../../helpers/opendata';

describe('IFN 2023 weighted by COG population (real data)', () => {
	const cog = buildCog(realCogInput());
	const ifn = new Map(
		parseIfn(readSource('ifn-2023'), 'ifn-commune-2023.csv').records.map((r) => [r.code, r])
	);
	const mean = (group: (c: (typeof cog.communes)[number]) => string | null) =>
		aggregateByGroup(
			cog.communes,
			group,
			(c) => ifn.get(c.code)?.total ?? null,
			(c) => c.population
		);
	const byDep = mean((c) => c.departement);
	const byEpci = mean((c) => c.epci);

	it.each([
		['04', 6.711],
		['03', 6.646],
		['40', 6.328]
	])('département %s = %f', (dep, expected) => {
		expect(byDep.get(dep)?.mean).toBeCloseTo(expected, 3);
		expect(byDep.get(dep)?.missing).toBe(0);
	});

	it.each([
		['200068625', 7.65],
		['200034700', 6.26]
	])('EPCI %s = %f', (epci, expected) => {
		expect(byEpci.get(epci)?.mean).toBeCloseTo(expected, 2);
	});
});
