import { describe, expect, it } from 'vitest';
import { markedAverage, sortWithAverage } from '$lib/analysis/territory-table';
import type { TerritoryIndicators, TerritoryLevel, TerritoryRef } from '$lib/types/territory';
import { random } from '../../helpers/random';

const territory = (
	code: string,
	niveau: TerritoryLevel,
	ifn: number | null
): TerritoryRef & TerritoryIndicators => ({
	code,
	nom: code,
	niveau,
	ifn_moyen: ifn,
	ifn: { valeur: ifn, origine: ifn === null ? null : 'calculee', publiee: null, calculee: null },
	sous_indices: { ifn_thd: null, ifn_4g: null, ifn_pauvrete: null, ifn_65plus: null, ifn_diplomes: null }, // prettier-ignore
	illectronisme: null,
	illectronisme_origine: null
});

describe('the average the parts table marks', () => {
	const dep = territory('04', 'departement', 6.71);
	const above = [territory('R93', 'region', 5.6), territory('FR', 'france', 5.26)];
	const epci = territory('200068625', 'epci', 7.65);
	const epciAbove = [territory('04', 'departement', 6.71), ...above];
	it.each([
		['a département, its own level', dep, above, 'departement', '04'],
		['a département, the région above', dep, above, 'region', 'R93'],
		['a département, France', dep, above, 'france', 'FR'],
		['a département, the EPCI of each commune: its own', dep, above, 'epci', '04'],
		['an EPCI, its département', epci, epciAbove, 'departement', '04'],
		['an EPCI, its own', epci, epciAbove, 'epci', '200068625'],
		['France, a level below: its own', territory('FR', 'france', 5.26), [], 'region', 'FR'],
		['a région, a level below: its own', above[0], [above[1]], 'departement', 'R93']
	] as const)('%s', (_, t, comparisons, reference, expected) => {
		expect(markedAverage(t, comparisons, reference).code).toBe(expected);
	});
});

describe('parts sorted with the marked average among them', () => {
	const average = territory('moy', 'departement', 5);
	const value = (r: { ifn: { valeur: number | null } }) => r.ifn.valeur;

	it('agrees with a plain sort on random parts, nulls last, the average where it falls', () => {
		const rnd = random(5);
		for (let n = 0; n < 30; n++) {
			const parts = Array.from({ length: n }, (_, i) =>
				territory(`p${i}`, 'epci', rnd() < 0.15 ? null : Math.round(rnd() * 100) / 10)
			);
			for (const asc of [true, false]) {
				const rows = sortWithAverage(parts, value, asc, average);
				expect(rows.length).toBe(n + 1);
				expect(rows.filter((r) => r.average)).toHaveLength(1);
				const values = rows.map((r) => value(r.part));
				const known = values.filter((v): v is number => v !== null);
				// sorted, with every null after every number
				expect(known).toEqual([...known].sort((a, b) => (asc ? a - b : b - a)));
				expect(values.slice(known.length).every((v) => v === null)).toBe(true);
				// nothing before the average is past it, nothing after it is before it
				const at = rows.findIndex((r) => r.average);
				for (const v of values.slice(0, at)) expect(asc ? v! <= 5 : v! >= 5).toBe(true);
				for (const v of values.slice(at + 1))
					if (v !== null) expect(asc ? v > 5 : v < 5).toBe(true);
			}
		}
	});

	it('puts the average last when sorting on something it has no value for', () => {
		const parts = [territory('b', 'epci', 1), territory('a', 'epci', 9)];
		const rows = sortWithAverage(parts, (r) => r.nom, true, average);
		expect(rows.map((r) => r.part.code)).toEqual(['a', 'b', 'moy']);
		const none = sortWithAverage(parts, () => null, true, average);
		expect(none.at(-1)?.average).toBe(true);
	});
});
