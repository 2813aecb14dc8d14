import { describe, expect, it } from 'vitest';
import {
	computeCoverage,
	roadEstimateKm,
	type CoverageCommune
} from '../../../../src/lib/analysis/coverage';
import { haversineKm } from '../../../../src/lib/analysis/geo';
import { referenceAverages } from '../../../../src/lib/analysis/references';
import {
	suggestBusRoute,
	suggestSites,
	type Candidate
} from '../../../../src/lib/analysis/scenarios/suggest';
import { evaluateScenario } from '../../../../src/lib/analysis/scenarios/evaluate';
import { random } from '../../../helpers/random';
import { KINDS, randomFixture } from '../coverage-brute-force';

function setup(seed: number, nCommunes: number, nPoints: number, thresholdKm: number) {
	const { communes, points } = randomFixture(seed, nCommunes, nPoints);
	const references = referenceAverages(communes, 'ifn');
	const options = {
		indicator: 'ifn',
		reference: 'departement' as const,
		references,
		thresholdKm,
		kinds: KINDS
	};
	const coverage = computeCoverage(communes, points, options);
	const candidates: Candidate[] = communes
		.filter((c) => c.lat !== null)
		.map((c) => ({ code: c.code, nom: c.nom, lat: c.lat!, lon: c.lon! }));
	return { communes, points, references, coverage, candidates };
}

/** Population of the zones blanches within reach of any chosen candidate, from the definition. */
function coveredBy(
	communes: CoverageCommune[],
	zb: boolean[],
	chosen: Candidate[],
	thresholdKm: number
) {
	return communes.reduce((s, c, i) => {
		if (!zb[i] || c.lat === null || c.lon === null) return s;
		const hit = chosen.some(
			(k) => roadEstimateKm(haversineKm(c.lat!, c.lon!, k.lat, k.lon)) <= thresholdKm
		);
		return hit ? s + c.population : s;
	}, 0);
}

function* subsets<T>(items: T[], n: number, start = 0): Generator<T[]> {
	if (n === 0) return yield [];
	for (let i = start; i <= items.length - n; i++)
		for (const rest of subsets(items, n - 1, i + 1)) yield [items[i], ...rest];
}

describe('suggestSites against exhaustive search', () => {
	const cases = Array.from({ length: 8 }, (_, i) => i + 1);
	it.each(cases)('seed %i: optimal for N = 1, within 1 − 1/e for N = 2, 3', (seed) => {
		const rnd = random(seed);
		const thresholdKm = 8 + rnd() * 12;
		const { communes, coverage, candidates } = setup(seed, 60, 25, thresholdKm);
		const zb = coverage.map((c) => c.zoneBlanche);
		const few = candidates.filter(() => rnd() < 0.4).slice(0, 14);
		for (const n of [1, 2, 3]) {
			const s = suggestSites(communes, coverage, few, { n, thresholdKm });
			let best = 0;
			for (const set of subsets(few, Math.min(n, few.length)))
				best = Math.max(best, coveredBy(communes, zb, set, thresholdKm));
			const got = coveredBy(
				communes,
				zb,
				s.sites.map((x) => x.candidate),
				thresholdKm
			);
			expect(got).toBe(s.gain);
			expect(best).toBeGreaterThan(0);
			if (n === 1) expect(got).toBe(best);
			else expect(got).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9);
		}
	});

	it('gains decrease, communes are disjoint, and opening the sites covers them', () => {
		const { communes, points, references, coverage, candidates } = setup(3, 400, 150, 10);
		const s = suggestSites(communes, coverage, candidates, { n: 5, thresholdKm: 10 });
		expect(s.sites).toHaveLength(5);
		for (let i = 1; i < s.sites.length; i++)
			expect(s.sites[i].gain).toBeLessThanOrEqual(s.sites[i - 1].gain);
		const all = s.sites.flatMap((x) => x.communes);
		expect(new Set(all).size).toBe(all.length);
		const r = evaluateScenario(
			{ communes, points, references, before: coverage },
			{
				remove: [],
				add: s.sites.map((x) => ({
					kind: 'mediation',
					nom: x.candidate.nom,
					lat: x.candidate.lat,
					lon: x.candidate.lon
				})),
				params: { indicateur: 'ifn', reference: 'departement', seuilKm: 10, types: KINDS }
			}
		);
		expect(r.before.zonesBlanches.population - r.after.zonesBlanches.population).toBe(s.gain);
	});

	it('stops at zero gain and returns nothing without zones blanches', () => {
		const { communes, coverage, candidates } = setup(4, 50, 20, 10);
		const none = coverage.map((c) => ({ ...c, zoneBlanche: false }));
		expect(suggestSites(communes, none, candidates, { n: 3, thresholdKm: 10 }).sites).toEqual([]);
	});
});

describe('suggestBusRoute: the stops of one vehicle', () => {
	const road = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
		roadEstimateKm(haversineKm(a.lat, a.lon, b.lat, b.lon));

	it.each(Array.from({ length: 8 }, (_, i) => i + 1))(
		'seed %i: optimal by exhaustive search over bases and sets of stops',
		(seed) => {
			const rnd = random(100 + seed);
			const { communes, coverage, candidates } = setup(seed, 40, 12, 10);
			const targets = communes.filter(
				(c, i) => coverage[i].zoneBlanche && c.lat !== null && c.population > 0
			) as (CoverageCommune & { lat: number; lon: number })[];
			expect(targets.length).toBeGreaterThan(2);
			const rangeKm = 10 + rnd() * 50;
			for (const k of [1, 2, 3]) {
				const s = suggestBusRoute(communes, coverage, candidates, { k, rangeKm });
				let best = 0;
				for (const b of candidates) {
					const reach = targets.filter((t) => road(b, t) <= rangeKm);
					for (let size = 1; size <= Math.min(k, reach.length); size++)
						for (const set of subsets(reach, size))
							best = Math.max(
								best,
								set.reduce((a, t) => a + t.population, 0)
							);
				}
				expect(s.gain, `k=${k}`).toBe(best);
				// what it answers is a real tour: at most k distinct zones blanches, all in reach
				expect(s.sites.length).toBeLessThanOrEqual(k);
				expect(new Set(s.sites.map((x) => x.candidate.code)).size).toBe(s.sites.length);
				expect(s.sites.reduce((a, x) => a + x.gain, 0)).toBe(s.gain);
				for (const x of s.sites) {
					expect(targets.map((t) => t.code)).toContain(x.candidate.code);
					expect(x.communes).toEqual([x.candidate.code]);
					expect(road(s.base!, x.candidate)).toBeLessThanOrEqual(rangeKm + 1e-9);
					expect(x.km).toBeCloseTo(road(s.base!, x.candidate), 1);
				}
			}
		}
	);

	it('keeps every stop within reach of a base it is given, even when farther stops weigh more', () => {
		const { communes, coverage, candidates } = setup(3, 40, 12, 10);
		const free = suggestBusRoute(communes, coverage, candidates, { k: 3, rangeKm: 1000 });
		// based in a zone blanche: at least its own commune is in reach
		const zb = communes.find((c, i) => coverage[i].zoneBlanche && c.population > 0)!;
		const base = candidates.find((c) => c.code === zb.code)!;
		const tied = suggestBusRoute(communes, coverage, [base], { k: 3, rangeKm: 15 });
		expect(tied.base).toEqual(base);
		expect(tied.sites.map((x) => x.candidate.code)).toContain(zb.code);
		for (const x of tied.sites) expect(road(base, x.candidate)).toBeLessThanOrEqual(15);
		expect(tied.gain).toBeLessThanOrEqual(free.gain);
	});

	it('with an unbounded reach, takes the K most populated zones blanches', () => {
		const { communes, coverage, candidates } = setup(5, 40, 15, 10);
		const s = suggestBusRoute(communes, coverage, candidates, { k: 3, rangeKm: 10_000 });
		const top = communes
			.filter((c, i) => coverage[i].zoneBlanche && c.lat !== null)
			.map((c) => c.population)
			.sort((a, b) => b - a)
			.slice(0, 3);
		expect(s.gain).toBe(top.reduce((a, b) => a + b, 0));
	});

	it('answers no base and no stop when there is no zone blanche', () => {
		const { communes, coverage, candidates } = setup(4, 40, 12, 10);
		const none = coverage.map((c) => ({ ...c, zoneBlanche: false }));
		const s = suggestBusRoute(communes, none, candidates, { k: 3, rangeKm: 40 });
		expect(s).toMatchObject({ base: null, sites: [], gain: 0, uncovered: { count: 0 } });
	});
});
