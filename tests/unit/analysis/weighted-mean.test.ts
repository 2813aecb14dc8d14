import { describe, expect, it } from 'vitest';
import { aggregateByGroup, weightedMean } from '../../../src/lib/analysis/weighted-mean';
import { random } from '../../helpers/random';

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
