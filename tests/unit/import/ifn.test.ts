import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveFromAnciens, parseIfn, type IfnRecord } from '../../../src/lib/import/ifn';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/territories');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('parseIfn (fixture)', () => {
	const { records, issues } = parseIfn(fixture('ifn-commune-sample.csv'), 'ifn-commune-sample.csv');

	it('keeps valid rows, pads 4-digit codes and reads decimal commas', () => {
		expect(records.map((r) => r.code)).toEqual(['04001', '04070', '04112', '04007', '40197']);
		expect(records[0]).toEqual({
			code: '04001',
			total: 6.8,
			thd: 7,
			g4: 9,
			pauvrete: 4,
			plus65: 9,
			diplomes: 5
		});
		expect(records[2].thd).toBe(6);
		expect(records[2].total).toBeCloseTo(6.6395, 4);
		expect(records[3].g4).toBeNull();
	});

	it.each([
		['warning', 4, 'total', /Aucune valeur/],
		['error', 6, 'no_4g_coverage_rate', /hors de l’intervalle/],
		['error', 7, 'poverty_rate', /n’est pas un nombre/],
		['warning', 8, 'no_4g_coverage_rate', /manquante/],
		['error', 9, 'code', /invalide/],
		['error', 10, 'older_65_rate', /hors de l’intervalle/]
	])('%s on line %i, field %s', (level, line, field, message) => {
		const found = issues.find((i) => i.line === line && i.field === field);
		expect(found?.level).toBe(level);
		expect(found?.file).toBe('ifn-commune-sample.csv');
		expect(found?.message).toMatch(message);
	});

	it('reports nothing else', () => expect(issues).toHaveLength(6));

	it('reads the EPCI file too (SIREN codes)', () => {
		const epci = parseIfn(fixture('ifn-epci-sample.csv'), 'ifn-epci-sample.csv');
		expect(epci.issues).toEqual([]);
		expect(epci.records.map((r) => r.code)).toEqual(['200034700', '200068625']);
		expect(epci.records[1].total).toBeCloseTo(7.65, 2);
	});
});

describe('deriveFromAnciens', () => {
	const rec = (code: string, total: number | null, thd = 5): IfnRecord => ({
		code,
		total,
		thd,
		g4: null,
		pauvrete: null,
		plus65: null,
		diplomes: null
	});
	const records = [rec('01001', 4, 2), rec('01002', 8, 6), rec('01003', null), rec('02000', 5)];
	const communes = [
		{ code: '01100', anciensCodes: ['01001', '01002'] },
		{ code: '01200', anciensCodes: ['01003', '01001'] },
		{ code: '02000', anciensCodes: ['02001'] },
		{ code: '03000', anciensCodes: ['03001'] }
	];

	it.each([
		['plain mean without populations', new Map<string, number>(), 6, 4],
		[
			'weighted by population',
			new Map([
				['01001', 300],
				['01002', 100]
			]),
			5,
			3
		],
		['plain mean when one population is missing', new Map([['01001', 300]]), 6, 4]
	])('%s', (_name, populations, total, thd) => {
		const out = deriveFromAnciens(communes, records, populations);
		expect(out.map((r) => r.code)).toEqual(['01100', '01200']);
		expect(out[0]).toMatchObject({ code: '01100', total, thd, g4: null, derived: true });
	});

	it('ignores null values of former communes', () => {
		const out = deriveFromAnciens(communes, records);
		expect(out[1]).toMatchObject({ code: '01200', total: 4, thd: 3.5 });
	});
});
