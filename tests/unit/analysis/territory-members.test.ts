import { describe, expect, it } from 'vitest';
import {
	PART_LEVEL,
	pointTerritoryOf,
	territoryOf,
	type MemberCommune
} from '$lib/analysis/territory-members';

const digne: MemberCommune = {
	code: '04070',
	departement: '04',
	epci: '200067437',
	region: '93'
};
const lonely: MemberCommune = { code: '05999', departement: '05', epci: null, region: null };
const communes = new Map([digne, lonely].map((c) => [c.code, c]));
const regions = new Map<string, string | null>([
	['04', '93'],
	['05', null]
]);

describe('which territory holds a commune', () => {
	it.each([
		['france', digne, 'FR'],
		['region', digne, 'R93'],
		['departement', digne, '04'],
		['epci', digne, '200067437'],
		['commune', digne, '04070'],
		['region', lonely, null],
		['epci', lonely, null]
	] as const)('at level %s', (niveau, c, expected) => {
		expect(territoryOf(niveau, c)).toBe(expected);
	});

	it('goes down one level at a time, and stops at the commune', () => {
		expect(Object.entries(PART_LEVEL)).toEqual([
			['france', 'region'],
			['region', 'departement'],
			['departement', 'epci'],
			['epci', 'commune'],
			['commune', null]
		]);
	});
});

describe('which territory a help point counts in', () => {
	it.each([
		// from the département up, its département decides (as the département summary counts)
		['france', { departement: '04', commune: null }, 'FR'],
		['region', { departement: '04', commune: '05999' }, 'R93'],
		['departement', { departement: '04', commune: '05999' }, '04'],
		// below, its commune: a bus based in Digne counts in Digne's EPCI
		['epci', { departement: '04', commune: '04070' }, '200067437'],
		['commune', { departement: '04', commune: '04070' }, '04070'],
		['epci', { departement: '04', commune: null }, null],
		['commune', { departement: '04', commune: '99999' }, null],
		['region', { departement: '05', commune: null }, null],
		['region', { departement: null, commune: '04070' }, null]
	] as const)('at level %s: %j', (niveau, p, expected) => {
		expect(pointTerritoryOf(niveau, p, communes, regions)).toBe(expected);
	});
});
