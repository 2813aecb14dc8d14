import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup, weightedMean } from '../../../src/lib/analysis/weighted-mean';
import { buildCog } from '../../../src/lib/import/cog';
import { parseIfn } from '../../../src/lib/import/ifn';

describe('weightedMean', () => {
	it.each([
		['empty', [], null],
		['all null', [{ value: null, weight: 5 }], null],
		['single', [{ value: 4, weight: 2 }], 4],
		[
			'weighted',
			[
				{ value: 2, weight: 1 },
				{ value: 8, weight: 3 }
			],
			6.5
		],
		[
			'null ignored with its weight',
			[
				{ value: 2, weight: 1 },
				{ value: null, weight: 99 }
			],
			2
		],
		[
			'zero weight ignored',
			[
				{ value: 2, weight: 1 },
				{ value: 10, weight: 0 }
			],
			2
		],
		[
			'NaN ignored',
			[
				{ value: NaN, weight: 1 },
				{ value: 3, weight: 1 }
			],
			3
		]
	])('%s', (_name, items, expected) => {
		expect(weightedMean(items)).toBe(expected);
	});

	// deterministic pseudo-random generator (mulberry32) so failures reproduce
	function random(seed: number) {
		return () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	it.each([1, 2, 3, 4, 5])('matches a brute-force loop per group (seed %i)', (seed) => {
		const rnd = random(seed);
		const items = Array.from({ length: 500 }, () => ({
			group: ['a', 'b', 'c', 'd'][Math.floor(rnd() * 4)],
			value: rnd() < 0.1 ? null : rnd() * 10,
			weight: Math.floor(rnd() * 5000)
		}));
		expect(weightedMean(items)).toBeCloseTo(
			items.reduce((s, x) => s + (x.value ?? 0) * x.weight, 0) /
				items.reduce((s, x) => s + (x.value === null ? 0 : x.weight), 0),
			10
		);
		const groups = aggregateByGroup(
			items,
			(x) => x.group,
			(x) => x.value,
			(x) => x.weight
		);
		for (const g of ['a', 'b', 'c', 'd']) {
			let sum = 0;
			let w = 0;
			let missing = 0;
			for (const x of items) {
				if (x.group !== g) continue;
				if (x.value === null || x.weight === 0) missing++;
				else {
					sum += x.value * x.weight;
					w += x.weight;
				}
			}
			expect(groups.get(g)?.mean).toBeCloseTo(sum / w, 10);
			expect(groups.get(g)?.missing).toBe(missing);
		}
	});

	it('accepts several groups per item and none', () => {
		const g = aggregateByGroup(
			[
				{ k: ['x', 'y'], v: 2 },
				{ k: null, v: 100 },
				{ k: ['y'], v: 4 }
			],
			(i) => i.k,
			(i) => i.v,
			() => 1
		);
		expect([...g.keys()]).toEqual(['x', 'y']);
		expect(g.get('y')).toEqual({ mean: 3, weight: 2, count: 2, missing: 0 });
	});
});

const OPENDATA = process.env.OPENDATA_DIR ?? resolve(process.cwd(), '../shared/opendata');
const COG_DIR = resolve(process.cwd(), 'node_modules/@etalab/decoupage-administratif/data');
const IFN = resolve(OPENDATA, 'ifn/ifn-commune-2023.csv');

describe.skipIf(!existsSync(IFN))('IFN 2023 weighted by COG population (real data)', () => {
	const load = (name: string) => JSON.parse(readFileSync(resolve(COG_DIR, name), 'utf8'));
	const cog = buildCog({
		communes: load('communes.json'),
		epci: load('epci.json'),
		departements: load('departements.json')
	});
	const ifn = new Map(
		parseIfn(readFileSync(IFN, 'utf8'), 'ifn-commune-2023.csv').records.map((r) => [r.code, r])
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
