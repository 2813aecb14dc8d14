import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageOptions } from '../../../src/lib/analysis/coverage';
import { dashboard } from '../../../src/lib/analysis/dashboard';
import { referenceAverages } from '../../../src/lib/analysis/references';
import { bruteCoverage, randomFixture } from './coverage-brute-force';

describe('dashboard against an independent computation', () => {
	it.each([
		[11, 'departement', null],
		[12, 'epci', ['france-services']],
		[13, 'france', ['bibliotheque', 'mediation']]
	] as const)('seed %i, reference %s, kinds %j', (seed, reference, kinds) => {
		const { communes, points } = randomFixture(seed);
		const options: CoverageOptions = {
			indicator: 'ifn',
			reference,
			references: referenceAverages(communes, 'ifn'),
			thresholdKm: 8,
			kinds: kinds === null ? null : [...kinds]
		};
		const located = points.map((p, i) => ({ ...p, commune: communes[i % 50].code }));
		const names = { E1: 'CC du Un', E2: 'CA des Deux' };
		const d = dashboard(communes, computeCoverage(communes, points, options), located, {
			epciNames: names
		});

		// brute-force coverage, then counting from scratch
		const brute = bruteCoverage(communes, points, options);
		const above = communes.filter((_, i) => (brute[i].ecart ?? 0) > 0);
		const blank = communes.filter((_, i) => brute[i].zoneBlanche);
		const sum = (list: typeof communes) => list.reduce((s, c) => s + c.population, 0);
		expect(d.communes).toBe(communes.length);
		expect(d.population).toBe(sum(communes));
		expect(d.compared).toBe(brute.filter((c) => c.ecart !== null).length);
		expect(d.aboveAverage).toEqual({
			count: above.length,
			population: sum(above),
			small: above.filter((c) => c.population < 250).length
		});
		expect(d.zonesBlanches).toEqual({ count: blank.length, population: sum(blank) });
		expect(d.zonesBlanches.count).toBeGreaterThan(0);
		expect(d.helpPoints.total).toBe(points.length);
		expect(d.helpPoints.itinerant).toBe(points.filter((p) => p.itinerant).length);
		for (const kind of new Set(points.map((p) => p.kind)))
			expect(d.helpPoints.byKind[kind]).toBe(points.filter((p) => p.kind === kind).length);
		for (const kind of new Set(points.filter((p) => p.itinerant).map((p) => p.kind)))
			expect(d.helpPoints.itinerantByKind[kind]).toBe(
				points.filter((p) => p.itinerant && p.kind === kind).length
			);

		const epcis = [...new Set(communes.flatMap((c) => (c.epci ? [c.epci] : [])))];
		expect(d.epci.map((r) => r.code).sort()).toEqual(epcis.sort());
		for (const row of d.epci) {
			const members = communes.filter((c) => c.epci === row.code);
			const codes = new Set(members.map((c) => c.code));
			const withIfn = members.filter((c) => c.values.ifn !== null && c.population > 0);
			const ifn = withIfn.reduce((s, c) => s + c.values.ifn! * c.population, 0) / sum(withIfn);
			const count = located.filter((p) => codes.has(p.commune)).length;
			expect(row).toMatchObject({
				nom: names[row.code as keyof typeof names] ?? row.code,
				communes: members.length,
				population: sum(members),
				helpPoints: count
			});
			expect(row.ifn).toBeCloseTo(ifn, 9);
			expect(row.helpPointsPer10k).toBeCloseTo((count / sum(members)) * 10_000, 9);
		}
	});
});

describe('dashboard edge cases', () => {
	it.each([
		['no communes', 0, 0],
		['a commune without coverage row is not compared', 1, 0]
	])('%s', (_, n, compared) => {
		const { communes } = randomFixture(1, n, 0);
		const d = dashboard(communes, [], [], {});
		expect(d.communes).toBe(n);
		expect(d.compared).toBe(compared);
		expect(d.helpPoints).toEqual({ total: 0, itinerant: 0, byKind: {}, itinerantByKind: {} });
	});

	it('pas de donnée: an EPCI whose communes have no value has null means', () => {
		const { communes } = randomFixture(2, 30, 0);
		const blank = communes.map((c) => ({ ...c, epci: 'EX', population: 10, values: {} }));
		const d = dashboard(blank, [], []);
		expect(d.epci).toEqual([
			{ code: 'EX', nom: 'EX', communes: 30, population: 300, ifn: null, illectronisme: null, helpPoints: 0, helpPointsPer10k: 0 } // prettier-ignore
		]);
	});
});
