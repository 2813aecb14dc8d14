import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/import/csv';

describe('parseCsv', () => {
	it.each([
		['comma', 'a,b\n1,2\n3,4\n', ['a', 'b'], [2, 3]],
		['semicolon with CRLF', 'a;b\r\n1;2\r\n3;4\r\n', ['a', 'b'], [2, 3]],
		['tab', 'a\tb\n1\t2\n', ['a', 'b'], [2]],
		['BOM', '\uFEFFa;b\n1;2\n', ['a', 'b'], [2]],
		['quoted newline', 'a;b\r\n1;"x\r\ny"\r\n2;z\r\n', ['a', 'b'], [2, 4]],
		['empty lines skipped', 'a,b\n\n1,2\n\n\n3,4', ['a', 'b'], [3, 6]],
		['quoted newline in header', '"a\nA",b\n1,2\n', ['a\nA', 'b'], [3]]
	])('%s', (_name, text, fields, lines) => {
		const r = parseCsv(text, 'test.csv');
		expect(r.fields).toEqual(fields);
		expect(r.rows.map((x) => x.line)).toEqual(lines);
		expect(r.issues).toEqual([]);
	});

	it('keeps values and reports a short row in French with its line', () => {
		const r = parseCsv('nom;insee\r\nA;04070\r\nB\r\n', 'f.csv');
		expect(r.rows[0].data).toEqual({ nom: 'A', insee: '04070' });
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ level: 'error', file: 'f.csv', line: 3 });
		expect(r.issues[0].message).toMatch(/moins de colonnes/);
	});

	it('returns the header of a file without rows', () => {
		expect(parseCsv('a;b;c\r\n', 'f.csv')).toMatchObject({ fields: ['a', 'b', 'c'], rows: [] });
	});
});

describe('formula escapes', () => {
	it('reads back cells escaped against formula injection without the apostrophe', () => {
		const r = parseCsv('nom,telephone\n"\'=CMD()",\'+33 4\n"\'quote\'",x\n', 'f.csv');
		expect(r.rows.map((x) => x.data.nom)).toEqual(['=CMD()', "'quote'"]);
		expect(r.rows[0].data.telephone).toBe('+33 4');
	});
});
