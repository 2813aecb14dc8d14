import { describe, expect, it } from 'vitest';
import {
	computeCoverage,
	roadEstimateKm,
	type CoverageCommune
} from '../../../../src/lib/analysis/coverage';
import { haversineKm } from '../../../../src/lib/analysis/geo';
import { referenceAverages } from '../../../../src/lib/analysis/references';
import {
	suggestBusStops,
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

describe('suggestBusStops', () => {
	it('chooses the K most populated zones blanches, optimal by exhaustive search', () => {
		const { communes, coverage } = setup(5, 40, 15, 10);
		const s = suggestBusStops(communes, coverage, 3);
		const zbPop = communes
			.filter((c, i) => coverage[i].zoneBlanche && c.lat !== null)
			.map((c) => c.population);
		let best = 0;
		for (const set of subsets(zbPop, Math.min(3, zbPop.length)))
			best = Math.max(
				best,
				set.reduce((a, b) => a + b, 0)
			);
		expect(s.gain).toBe(best);
		expect(s.sites.every((x) => x.communes.length === 1)).toBe(true);
	});
});
