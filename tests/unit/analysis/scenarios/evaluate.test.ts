import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../src/lib/analysis/coverage';
import { dashboard } from '../../../../src/lib/analysis/dashboard';
import { referenceAverages } from '../../../../src/lib/analysis/references';
import {
	evaluateScenario,
	scenarioOptions,
	type ScenarioBase,
	type ScenarioChange
} from '../../../../src/lib/analysis/scenarios/evaluate';
import { random } from '../../../helpers/random';
import { KINDS, randomFixture } from '../coverage-brute-force';

function fixture(seed: number) {
	const { communes, points } = randomFixture(seed);
	const base: ScenarioBase = {
		communes,
		points: points.map((p, i) => ({ ...p, commune: communes[i % communes.length].code })),
		references: referenceAverages(communes, 'ifn')
	};
	return base;
}

const params = (seuilKm: number, types: string[]): ScenarioChange['params'] => ({
	indicateur: 'ifn',
	reference: 'departement',
	seuilKm,
	types
});

describe('evaluateScenario', () => {
	it('changes nothing without a change, and agrees with the dashboard', () => {
		const base = fixture(1);
		const r = evaluateScenario(base, { remove: [], add: [], params: params(10, KINDS) });
		expect(r.after).toEqual(r.before);
		expect(r.changes).toEqual([]);
		const cov = computeCoverage(
			base.communes,
			base.points,
			scenarioOptions(base, params(10, KINDS))
		);
		const board = dashboard(base.communes, cov, []);
		expect(r.before.zonesBlanches).toEqual(board.zonesBlanches);
		expect(r.before.fragile.population).toBe(board.aboveAverage.population);
		const epciZb = r.before.epci.reduce((s, e) => s + e.zonesBlanches.population, 0);
		const noEpci = base.communes
			.filter((c, i) => !c.epci && cov[i].zoneBlanche)
			.reduce((s, c) => s + c.population, 0);
		expect(epciZb + noEpci).toBe(board.zonesBlanches.population);
	});

	// the incremental recomputation must give exactly what a full computeCoverage gives
	it.each([1, 2, 3, 4, 5, 6])('equals a full recomputation (seed %i)', (seed) => {
		const base = fixture(seed);
		const rnd = random(seed * 7);
		const types = seed % 2 ? KINDS : ['mediation'];
		const remove = base.points.filter(() => rnd() < 0.08).map((p) => p.id);
		const add = Array.from({ length: 3 }, (_, i) => ({
			kind: KINDS[i % KINDS.length],
			nom: `Nouveau ${i}`,
			lat: 43.5 + rnd() * 1.5,
			lon: 5 + rnd() * 2,
			itinerant: i === 2,
			serves: i === 2 ? base.communes.filter(() => rnd() < 0.02).map((c) => c.code) : undefined
		}));
		const change = { remove, add, params: params(8 + seed, types) };
		const r = evaluateScenario(base, change);
		const after = [
			...base.points.filter((p) => !remove.includes(p.id)),
			...add.map((s, i) => ({ ...s, id: -(i + 1) }))
		];
		const options = scenarioOptions(base, change.params);
		const full = computeCoverage(base.communes, after, options);
		const fullBoard = dashboard(base.communes, full, []);
		expect(r.after.zonesBlanches).toEqual(fullBoard.zonesBlanches);
		const before = computeCoverage(base.communes, base.points, options);
		const changed = base.communes
			.filter(
				(_, i) =>
					before[i].zoneBlanche !== full[i].zoneBlanche ||
					before[i].withinThreshold !== full[i].withinThreshold ||
					before[i].servedByItinerant !== full[i].servedByItinerant
			)
			.map((c) => c.code)
			.sort();
		expect(r.changes.map((c) => c.code).sort()).toEqual(changed);
		for (const c of r.changes) {
			const i = base.communes.findIndex((x) => x.code === c.code);
			expect(c.after.nearestKm).toBe(full[i].nearest?.roadKm ?? null);
		}
		expect(changed.length).toBeGreaterThan(0);
	});

	it('a removed place makes the communes it alone covered zones blanches', () => {
		const base = fixture(2);
		const options = scenarioOptions(base, params(10, KINDS));
		const cov = computeCoverage(base.communes, base.points, options);
		const i = cov.findIndex((c) => c.ecart! > 0 && c.withinThreshold === 1 && !c.servedByItinerant);
		const id = cov[i].nearest!.id;
		const r = evaluateScenario(
			{ ...base, before: cov },
			{ remove: [id], add: [], params: params(10, KINDS) }
		);
		const ch = r.changes.find((c) => c.code === base.communes[i].code)!;
		expect(ch.before.zoneBlanche).toBe(false);
		expect(ch.after.zoneBlanche).toBe(true);
		expect(r.after.zonesBlanches.count).toBeGreaterThan(r.before.zonesBlanches.count);
		expect(r.after.fragileCovered.population).toBeLessThan(r.before.fragileCovered.population);
	});
});

describe('evaluateScenario, coverage measured one département at a time', () => {
	it.each([7, 8, 9])('equals each département recomputed in full (seed %i)', (seed) => {
		const base = fixture(seed);
		const deps = [...new Set(base.communes.map((c) => c.departement))];
		// each département sees the points of a band around it, as the server's lists do
		const pointsByDepartement = new Map(
			deps.map((d) => [d, base.points.filter((p) => (d === '04' ? p.lat < 44.6 : p.lat > 43.8))])
		);
		const change = {
			remove: base.points.filter((_, i) => i % 9 === 0).map((p) => p.id),
			add: [{ kind: 'mediation', nom: 'Nouveau', lat: 44.2, lon: 6 }],
			params: params(10, KINDS)
		};
		const options = scenarioOptions(base, change.params);
		const byDep = (points: (d: string) => typeof base.points) => {
			const out = new Map<string, boolean>();
			for (const d of deps) {
				const list = base.communes.filter((c) => c.departement === d);
				computeCoverage(list, points(d), options).forEach((c) => out.set(c.code, c.zoneBlanche));
			}
			return base.communes.map((c) => out.get(c.code)!);
		};
		const beforeZb = byDep((d) => pointsByDepartement.get(d)!);
		const afterZb = byDep((d) => [
			...pointsByDepartement.get(d)!.filter((p) => !change.remove.includes(p.id)),
			{ ...change.add[0], id: -1, itinerant: false }
		]);
		const cov = new Map<string, ReturnType<typeof computeCoverage>[number]>();
		for (const d of deps) {
			const list = base.communes.filter((x) => x.departement === d);
			computeCoverage(list, pointsByDepartement.get(d)!, options).forEach((c) =>
				cov.set(c.code, c)
			);
		}
		const before = base.communes.map((c) => cov.get(c.code)!);
		const r = evaluateScenario({ ...base, before, pointsByDepartement }, change);
		expect(r.zonesBlanches.before).toEqual(
			base.communes.filter((_, i) => beforeZb[i]).map((c) => c.code)
		);
		expect(r.zonesBlanches.after).toEqual(
			base.communes.filter((_, i) => afterZb[i]).map((c) => c.code)
		);
	});
});
