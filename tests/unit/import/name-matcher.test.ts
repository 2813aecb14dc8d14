import { describe, expect, it } from 'vitest';
import {
	correctionMessage,
	editDistance,
	matchCommuneName,
	matchRowNames
} from '../../../src/lib/import/name-matcher';
import { COG } from './cog-lookup';

/** Brute force: the distance by the textbook recursion, on short strings. */
function slowDistance(a: string, b: string): number {
	if (!a.length) return b.length;
	if (!b.length) return a.length;
	return Math.min(
		slowDistance(a.slice(1), b) + 1,
		slowDistance(a, b.slice(1)) + 1,
		slowDistance(a.slice(1), b.slice(1)) + (a[0] === b[0] ? 0 : 1)
	);
}

describe('editDistance', () => {
	it.each([
		['forcalquier', 'forcalqier', 1],
		['sisteron', 'sisteronn', 1],
		['mane', 'manosque', 4],
		['', 'abc', 3],
		['abc', 'abc', 0]
	])('%s ↔ %s = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});

	it('agrees with the textbook recursion', () => {
		const words = ['digne', 'dinge', 'mane', 'manes', 'aiglun', 'aglun', 'volx', 'vol'];
		for (const a of words)
			for (const b of words) expect(editDistance(a, b)).toBe(slowDistance(a, b));
	});
});

const byCp = (cp: string) => COG.communesByPostcode.get(cp) ?? [];
const byCode = (code: string) => [COG.communes.get(code)!];

describe('matchCommuneName', () => {
	it.each([
		['Forcalqier', byCode('04088'), 'corrected', '04088'],
		['Forcalqier', byCp('04300'), 'corrected', '04088'],
		['FORCALQUIER', byCp('04300'), 'exact', '04088'],
		['Digne les Bain', byCp('04000'), 'corrected', '04070'],
		['Sisteronn', byCp('04200'), 'corrected', '04209'],
		['Chateau Arnoux St Auban', byCp('04160'), 'exact', '04049'],
		['Chato-Arnou-Saint-Auban', byCp('04600'), 'corrected', '04049'],
		['Manne', byCp('04300'), 'corrected', '04111'],
		['Marseille', byCp('04300'), 'none', null],
		['Forcalquier', [], 'none', null],
		['', byCp('04300'), 'none', null]
	])('« %s »', (written, candidates, kind, code) => {
		const m = matchCommuneName(written, candidates);
		expect(m.kind).toBe(kind);
		expect(m.kind === 'none' ? null : m.commune.code).toBe(code);
	});

	it('refuses a tie between two communes', () => {
		const twins = [
			{ code: '1', nom: 'Saint-Paul' },
			{ code: '2', nom: 'Saint-Pauk' }
		];
		expect(matchCommuneName('Saint-Paux', twins).kind).toBe('none');
	});

	it('says the correction the way planners read it', () => {
		expect(correctionMessage(' Forcalqier ', { code: '04088', nom: 'Forcalquier' })).toBe(
			'« Forcalqier » lu comme Forcalquier (04088).'
		);
	});
});

describe('matchRowNames', () => {
	it('reports each corrected name on its line, by code first, else by postcode', () => {
		const rows = [
			{ line: 2, data: { commune: 'Forcalqier', code_insee: '4088', code_postal: '' } },
			{ line: 3, data: { commune: 'Digne les Bain', code_insee: '', code_postal: '04000' } },
			{ line: 4, data: { commune: 'Manosque', code_insee: '04112', code_postal: '04100' } },
			{ line: 5, data: { commune: 'Paris', code_insee: '', code_postal: '04000' } }
		];
		const said: [number, string, string][] = [];
		const found = matchRowNames(
			rows,
			{ name: 'commune', code: 'code_insee', postcode: 'code_postal' },
			COG,
			(line, field, msg) => said.push([line, field, msg])
		);
		expect(said).toEqual([
			[2, 'commune', '« Forcalqier » lu comme Forcalquier (04088).'],
			[3, 'commune', '« Digne les Bain » lu comme Digne-les-Bains (04070).']
		]);
		expect([...found.keys()]).toEqual([2, 3]);
	});
});
