import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	parseCount,
	parseIllectronismeCsv,
	parseIllectronismeInseeJson,
	parsePercent
} from '../../../src/lib/import/illectronisme';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/territories');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('illectronisme field parsers', () => {
	it.each([
		['18,7', 18.7],
		['17', 17],
		[' 20.0 ', 20],
		[22, 22],
		['beaucoup', null],
		['120', null],
		['-3', null],
		[null, null]
	])('parsePercent(%j) = %j', (raw, expected) => expect(parsePercent(raw)).toBe(expected));

	it.each([
		['3\u202f346', 3346],
		['10\u00a0171', 10171],
		['12 000', 12000],
		[42, 42],
		['n.d.', null]
	])('parseCount(%j) = %j', (raw, expected) => expect(parseCount(raw)).toBe(expected));
});

describe('parseIllectronismeCsv (fixture)', () => {
	const file = 'illectronisme-fne-sample.csv';
	const { records, issues } = parseIllectronismeCsv(fixture(file), file);

	it('reads EPCI, département and région rows', () => {
		expect(records.map((r) => [r.niveau, r.code, r.taux])).toEqual([
			['epci', '200034700', 17],
			['epci', '200067437', 18],
			['departement', '03', 22],
			['region', '84', 11],
			['departement', '03', 22.5]
		]);
		expect(records[0].source).toMatch(/^INSEE Étude flash/);
		expect(records[0].millesime).toBe('2019');
	});

	it.each([
		[6, 'niveau'],
		[7, 'code'],
		[8, 'taux_illectronisme_pct']
	])('error on line %i, field %s', (line, field) => {
		const found = issues.find((i) => i.line === line);
		expect(found).toMatchObject({ level: 'error', file, field });
	});

	it('reports nothing else', () => expect(issues).toHaveLength(3));
});

describe('parseIllectronismeInseeJson (fixture)', () => {
	const file = 'illectronisme-insee-sample.json';
	const { records, issues } = parseIllectronismeInseeJson(
		JSON.parse(fixture(file)),
		file,
		'INSEE Hauts-de-France',
		'2019'
	);

	it('reads integer codes and decimal commas', () => {
		expect(records.map((r) => [r.code, r.taux])).toEqual([
			['200018083', 18.7],
			['200030633', 19.7],
			['200033579', 15.8]
		]);
		expect(records[0]).toMatchObject({ niveau: 'epci', source: 'INSEE Hauts-de-France' });
	});

	it.each([
		[4, 'Code EPCI'],
		[5, 'Taux (en %)']
	])('error on entry %i, field %s', (line, field) => {
		expect(issues.find((i) => i.line === line)).toMatchObject({ level: 'error', file, field });
	});

	it('rejects a file that is not a list', () => {
		const r = parseIllectronismeInseeJson({}, file, 's', '2019');
		expect(r.issues[0].message).toMatch(/liste/);
	});
});
