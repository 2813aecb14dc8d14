import { describe, expect, it } from 'vitest';
import {
	chooseDepartement,
	parseCommune,
	parseDepartement,
	parseInseeCode,
	parseTerritory,
	territoryKind
} from '$lib/params/territory';

const q = (s: string) => new URLSearchParams(s);
const error = (p: { ok: boolean; error?: string }) => (p.ok ? null : p.error);

describe('territory parameters', () => {
	it.each([
		['FR', 'france'],
		['R93', 'region'],
		['R9', null],
		['fr', null],
		['04', 'departement'],
		['2A', 'departement'],
		['974', 'departement'],
		['200067437', 'epci'],
		['04070', 'commune'],
		['2B033', 'commune'],
		['2a004', null],
		['4', null],
		['constructor', null],
		['', null]
	])('%s is a %s code', (code, kind) => {
		expect(territoryKind(code)).toBe(kind);
	});

	it.each([
		['territoire=04', '04'],
		['territoire=2b', '2B'],
		['territoire= 04070 ', '04070'],
		['departement=04&epci=200067437&commune=', '200067437'],
		['departement=04&epci=&commune=04070', '04070']
	])('reads the print territory %s as %s', (s, value) => {
		expect(parseTerritory(q(s))).toEqual({ ok: true, value });
	});

	it.each([
		['', /« territoire » manquant/],
		['territoire=<script>', /« territoire » invalide : « <SCRIPT> »/],
		[`territoire=${'9'.repeat(400)}`, /« territoire » invalide : « 9{20} »/]
	])('refuses the print territory "%s"', (s, message) => {
		expect(error(parseTerritory(q(s)))).toMatch(message);
	});

	it.each([
		['commune=04070', { ok: true, value: '04070' }],
		['commune=2a004', { ok: true, value: '2A004' }]
	])('reads the poster commune %s', (s, expected) => {
		expect(parseCommune(q(s))).toEqual(expected);
	});

	it.each([
		['', /« commune » manquant/],
		['commune=04', /« commune » invalide : « 04 »/],
		['commune=abc', /« commune » invalide : « ABC »/]
	])('refuses the poster commune "%s"', (s, message) => {
		expect(error(parseCommune(q(s)))).toMatch(message);
	});

	it.each([
		['04070', null],
		['2B033', null],
		['2b033', 'Code INSEE invalide : « 2b033 » (5 caractères attendus).'],
		['toString', 'Code INSEE invalide : « toString » (5 caractères attendus).']
	])('checks the INSEE code %s of a path', (code, message) => {
		expect(error(parseInseeCode(code))).toBe(message);
	});

	it.each([
		['departement=04', null],
		['', 'Paramètre « departement » manquant (par exemple departement=04).'],
		['departement=', 'Paramètre « departement » manquant (par exemple departement=04).']
	])('requires the département of an export: "%s"', (s, message) => {
		expect(error(parseDepartement(q(s)))).toBe(message);
	});

	const built = [{ code: '03' }, { code: '04' }, { code: '40' }];
	it.each([
		['40', built, '40'],
		['99', built, '04'],
		[null, built, '04'],
		['__proto__', [{ code: '03' }, { code: '40' }], '03'],
		['04', [], undefined]
	])('opens the département %s among the built ones', (asked, deps, expected) => {
		expect(chooseDepartement(asked, deps)).toBe(expected);
	});
});
