import { describe, expect, it } from 'vitest';
import {
	computeCoverage,
	roadEstimateKm,
	THRESHOLD_DISTANCE_LABEL,
	type CoverageCommune,
	type CoverageOptions,
	type CoveragePoint
} from '../../../src/lib/analysis/coverage';
import { haversineKm } from '../../../src/lib/analysis/geo';
import { referenceAverages } from '../../../src/lib/analysis/references';
import { bruteCoverage, KINDS, randomFixture } from './coverage-brute-force';

describe('computeCoverage against brute force', () => {
	it.each([
		[1, null, 10],
		[2, ['france-services'], 10],
		[3, ['bibliotheque', 'mediation'], 5],
		[4, ['mediation'], 25],
		[5, ['mediation'], 0]
	])('seed %i, kinds %j, %i km', (seed, kinds, thresholdKm) => {
		const { communes, points } = randomFixture(seed);
		for (const reference of ['departement', 'epci', 'region', 'france'] as const) {
			const options: CoverageOptions = {
				indicator: 'ifn',
				reference,
				references: referenceAverages(communes, 'ifn'),
				thresholdKm,
				kinds
			};
			const fast = computeCoverage(communes, points, options);
			expect(fast).toEqual(bruteCoverage(communes, points, options));
			expect(fast.some((c) => c.zoneBlanche)).toBe(true);
		}
	});

	it('checks something on every branch of the random fixtures', () => {
		const { communes, points } = randomFixture(1);
		const references = referenceAverages(communes, 'ifn');
		const options = { indicator: 'ifn', reference: 'departement', references, thresholdKm: 10 };
		const cov = computeCoverage(communes, points, { ...options, kinds: null } as CoverageOptions);
		expect(cov.some((c) => c.servedByItinerant)).toBe(true);
		expect(cov.some((c) => c.withinThreshold > 1)).toBe(true);
		expect(cov.some((c) => c.value === null)).toBe(true);
		expect(cov.some((c) => c.nearest === null)).toBe(true);
		expect(Object.keys(cov[0].nearestByKind).sort()).toEqual(KINDS);
	});
});

// Points on the meridian 5°E: distances are exact multiples of one degree of latitude.
const DEG_KM = (6371 * Math.PI) / 180;
const communes: CoverageCommune[] = [
	{ code: 'A', nom: 'A', departement: '04', epci: 'E1', population: 100, lat: 44, lon: 5, values: { ifn: 120 } }, // prettier-ignore
	{ code: 'B', nom: 'B', departement: '04', epci: 'E1', population: 300, lat: 44.5, lon: 5, values: { ifn: 80 } }, // prettier-ignore
	{ code: 'C', nom: 'C', departement: '04', epci: null, population: 50, lat: null, lon: null, values: { ifn: 130 } }, // prettier-ignore
	{ code: 'D', nom: 'D', departement: '04', epci: 'E2', population: 200, lat: 45, lon: 5, values: { ifn: null } } // prettier-ignore
];
const points: CoveragePoint[] = [
	{ id: 1, kind: 'bibliotheque', nom: 'Médiathèque', lat: 44.05, lon: 5, itinerant: false },
	{ id: 2, kind: 'france-services', nom: 'FS fixe', lat: 44.2, lon: 5, itinerant: false },
	{ id: 3, kind: 'france-services', nom: 'Bus', lat: 44.5, lon: 5, itinerant: true, serves: ['B'] }
];
const base: CoverageOptions = {
	indicator: 'ifn',
	reference: 'departement',
	references: { departement: { '04': 100 }, epci: { E1: 90 }, france: 70 },
	thresholdKm: 10,
	kinds: null
};
const roadToLib = haversineKm(44, 5, 44.05, 5) * 1.3;

describe('computeCoverage on a handmade fixture', () => {
	it.each<[string, Partial<CoverageOptions>, string, Record<string, unknown>]>([
		['nearest at 0.05°', {}, 'A', { value: 120, referenceValue: 100, ecart: 20, withinThreshold: 1, zoneBlanche: false, nearest: { id: 1, nom: 'Médiathèque', kind: 'bibliotheque', crowKm: expect.closeTo(0.05 * DEG_KM, 9), roadKm: expect.closeTo(0.05 * DEG_KM * 1.3, 9) } }], // prettier-ignore
		['nearest of each kind', {}, 'A', { nearestByKind: { bibliotheque: { id: 1, crowKm: expect.closeTo(0.05 * DEG_KM, 9), roadKm: expect.closeTo(0.065 * DEG_KM, 9) }, 'france-services': { id: 2, crowKm: expect.closeTo(0.2 * DEG_KM, 9), roadKm: expect.closeTo(0.26 * DEG_KM, 9) } } }], // prettier-ignore
		['threshold edge is inclusive', { thresholdKm: roadToLib }, 'A', { withinThreshold: 1, zoneBlanche: false }], // prettier-ignore
		['just beyond the threshold', { thresholdKm: roadToLib * (1 - 1e-12) }, 'A', { withinThreshold: 0, zoneBlanche: true }], // prettier-ignore
		['road estimate, not crow flies, against the threshold', { thresholdKm: 6 }, 'A', { withinThreshold: 0, zoneBlanche: true }], // prettier-ignore
		['detour factor option', { detourFactor: 2 }, 'A', { nearest: expect.objectContaining({ roadKm: expect.closeTo(0.1 * DEG_KM, 9) }), withinThreshold: 0, zoneBlanche: true }], // prettier-ignore
		['kinds filter drops the library', { kinds: ['france-services'] }, 'A', { nearest: expect.objectContaining({ id: 2 }), withinThreshold: 0, zoneBlanche: true, nearestByKind: expect.objectContaining({ bibliotheque: expect.objectContaining({ id: 1 }) }) }], // prettier-ignore
		['below the average: never a zone blanche', { thresholdKm: 1 }, 'B', { ecart: -20, withinThreshold: 0, zoneBlanche: false }], // prettier-ignore
		['an itinerant service serving the commune counts as help', { reference: 'france' }, 'B', { ecart: 10, withinThreshold: 0, servedByItinerant: true, zoneBlanche: false }], // prettier-ignore
		['itinerant service is not a nearest point', { reference: 'france' }, 'B', { nearest: expect.objectContaining({ id: 2, crowKm: expect.closeTo(0.3 * DEG_KM, 9) }) }], // prettier-ignore
		['itinerant service of an uncounted kind does not count', { reference: 'france', kinds: ['bibliotheque'] }, 'B', { servedByItinerant: false, zoneBlanche: true }], // prettier-ignore
		['EPCI reference', { reference: 'epci' }, 'A', { referenceValue: 90, ecart: 30 }],
		['no EPCI: no EPCI reference', { reference: 'epci' }, 'C', { referenceValue: null, ecart: null, zoneBlanche: false }], // prettier-ignore
		['no position: no distance, not a zone blanche', {}, 'C', { value: 130, ecart: 30, nearest: null, nearestByKind: {}, withinThreshold: 0, zoneBlanche: false }], // prettier-ignore
		['no value: pas de donnée, not a zone blanche', {}, 'D', { value: null, ecart: null, withinThreshold: 0, zoneBlanche: false }], // prettier-ignore
		['no points of the counted kinds', { kinds: ['mediation'] }, 'A', { nearest: null, withinThreshold: 0, zoneBlanche: true }] // prettier-ignore
	])('%s', (_, override, code, expected) => {
		const cov = computeCoverage(communes, points, { ...base, ...override });
		expect(cov.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
		expect(cov.find((c) => c.code === code)).toMatchObject(expected);
	});

	it('does not mutate its inputs', () => {
		const before = JSON.stringify([communes, points]);
		computeCoverage(communes, points, base);
		expect(JSON.stringify([communes, points])).toBe(before);
	});
});

describe('the distance the threshold uses', () => {
	it('is the road estimate, crow flies × 1.3, the one the screens name', () => {
		expect(roadEstimateKm(10)).toBeCloseTo(13, 12);
		expect(roadEstimateKm(10, 1.5)).toBeCloseTo(15, 12);
		expect(THRESHOLD_DISTANCE_LABEL).toBe('distance par la route (estimée)');
	});

	it('decides the zone blanche: a commune 8 km away as the crow flies is beyond 10 km', () => {
		const c = {
			code: 'c',
			nom: 'Vaumeilh',
			departement: '04',
			epci: null,
			population: 300,
			lat: 44.0,
			lon: 6.0,
			values: { ifn: 9 }
		};
		// a point 8 km north (≈ 0.072°): 10.4 km by the road estimate
		const p = { id: 1, kind: 'mediation', nom: 'Lieu', lat: 44.072, lon: 6.0, itinerant: false };
		const [cov] = computeCoverage([c], [p], {
			indicator: 'ifn',
			reference: 'departement',
			references: { departement: { '04': 6 }, epci: {}, france: null },
			thresholdKm: 10,
			kinds: null
		});
		expect(cov.nearest?.crowKm).toBeLessThan(10);
		expect(cov.nearest?.roadKm).toBeCloseTo(roadEstimateKm(cov.nearest?.crowKm as number), 12);
		expect(cov.nearest?.roadKm).toBeGreaterThan(10);
		expect(cov.zoneBlanche).toBe(true);
	});
});
