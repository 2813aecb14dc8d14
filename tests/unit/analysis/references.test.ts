import { describe, expect, it } from 'vitest';
import type { CoverageCommune } from '../../../src/lib/analysis/coverage';
import { illectronismeReferences, referenceAverages } from '../../../src/lib/analysis/references';
import { randomFixture } from './coverage-brute-force';

const commune = (
	code: string,
	departement: string,
	epci: string | null,
	population: number,
	ifn: number | null,
	illectronisme: number | null = null
): CoverageCommune => ({
	code,
	nom: code,
	departement,
	region: departement === '04' ? '93' : '84',
	epci,
	population,
	lat: 44,
	lon: 5,
	values: { ifn, illectronisme }
});

const fixture = [
	commune('a', '04', 'E1', 100, 100, 20),
	commune('b', '04', 'E1', 300, 60, 20),
	commune('c', '04', 'E2', 600, null, 10),
	commune('d', '05', 'E2', 1000, 150, 10),
	commune('e', '05', null, 0, 999, 10)
];

describe('referenceAverages', () => {
	it.each([
		['ifn', 'departement', '04', 70],
		['ifn', 'departement', '05', 150],
		['ifn', 'epci', 'E1', 70],
		['ifn', 'epci', 'E2', 150],
		['ifn', 'france', '', (100 * 100 + 300 * 60 + 1000 * 150) / 1400],
		['illectronisme', 'departement', '04', (100 * 20 + 300 * 20 + 600 * 10) / 1000],
		['illectronisme', 'epci', 'E1', 20],
		['illectronisme', 'france', '', (8000 + 16000) / 2000],
		['ifn', 'region', '93', 70],
		['ifn', 'region', '84', 150],
		['absent', 'departement', '04', null]
	] as const)('%s by %s %s', (indicator, level, code, expected) => {
		const refs = referenceAverages(fixture, indicator);
		const value = level === 'france' ? refs.france : refs[level][code];
		if (expected === null) expect(value).toBeNull();
		else expect(value).toBeCloseTo(expected, 12);
	});

	it('agrees with a plain loop on random communes', () => {
		const { communes } = randomFixture(7);
		const refs = referenceAverages(communes, 'ifn');
		for (const dep of ['04', '05']) {
			let sum = 0;
			let weight = 0;
			for (const c of communes) {
				const v = c.values.ifn;
				if (c.departement !== dep || v === null || c.population <= 0) continue;
				sum += v * c.population;
				weight += c.population;
			}
			expect(refs.departement[dep]).toBeCloseTo(sum / weight, 9);
		}
		expect(Object.keys(refs.epci).sort()).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5']);
	});
});

describe('illectronismeReferences (one rule for the legend, the panel and the dashboard)', () => {
	// 04: the source gives EPCI rates only; 05: the source gives a département rate
	const stored = { departement: { '05': 12 }, epci: { E1: 20, E2: 10 }, france: 17 };
	const refs = illectronismeReferences(fixture, stored);

	it('takes the source’s rate for a département when there is one', () => {
		expect(refs.departement['05']).toBe(12);
		expect(refs.departementOrigin['05']).toBe('source');
	});

	it('otherwise the population-weighted mean of its communes’ painted rates, marked as such', () => {
		expect(refs.departement['04']).toBeCloseTo((100 * 20 + 300 * 20 + 600 * 10) / 1000, 12);
		expect(refs.departementOrigin['04']).toBe('moyenne');
	});

	it('applies the same rule to a région: the source’s rate, else the mean of its communes', () => {
		const withRegion = illectronismeReferences(fixture, { ...stored, region: { '84': 11 } });
		expect(withRegion.region['84']).toBe(11);
		expect(withRegion.regionOrigin['84']).toBe('source');
		expect(withRegion.region['93']).toBeCloseTo(refs.departement['04']!, 12);
		expect(withRegion.regionOrigin['93']).toBe('moyenne');
	});

	it('never invents a rate for an EPCI or for France', () => {
		expect(refs.epci).toEqual(stored.epci);
		expect(refs.france).toBe(17);
		const none = illectronismeReferences([commune('z', '06', 'E9', 10, 5, null)], {
			departement: {},
			epci: {},
			france: null
		});
		expect(none.departement['06']).toBeNull();
		expect(none.departementOrigin['06']).toBeUndefined();
		expect(none.epci.E9).toBeUndefined();
	});
});
