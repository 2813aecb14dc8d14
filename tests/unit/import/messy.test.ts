import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/import/csv';
import type { RowContext } from '../../../src/lib/import/fields';
import {
	duplicateIdLines,
	normaliseInseeCell,
	normaliseNumberCell,
	parseFrenchNumber
} from '../../../src/lib/import/messy';
import type { ImportIssue } from '../../../src/lib/import/types';
import { issue } from './helpers';
import { messyBytes } from './messy-helpers';

const ctx = (): RowContext => ({ file: 'f.csv', line: 3, issues: [] });

describe('parseFrenchNumber (fixture nombres.tsv)', () => {
	const text = new TextDecoder().decode(messyBytes('nombres.tsv'));
	const rows = parseCsv(text, 'nombres.tsv').rows.map((r) => [r.data.valeur, r.data.attendu]);
	it.each(rows)('%j → %s', (raw, expected) => {
		const n = parseFrenchNumber(raw);
		expect(n?.value ?? '').toBe(expected === '' ? '' : Number(expected));
	});

	it.each([
		['1\u202f234', true],
		['44.5', false],
		[12, false]
	] as const)('%j fixed = %s', (raw, fixed) => expect(parseFrenchNumber(raw)?.fixed).toBe(fixed));
});

describe('cell fixes', () => {
	it.each([
		['44,0956', '44.0956', 1],
		['44.0956', '44.0956', 0],
		['', '', 0],
		['nord', 'nord', 0]
	])('number cell %j → %j (%i warning)', (raw, out, warnings) => {
		const c = ctx();
		expect(normaliseNumberCell(raw, c, 'latitude')).toBe(out);
		expect(c.issues).toHaveLength(warnings);
		if (warnings) expect(c.issues[0]).toMatchObject({ line: 3, field: 'latitude' });
	});

	it.each([
		['4173', '04173', 1],
		['04173', '04173', 0],
		['2a004', '2A004', 0],
		['123', '123', 0]
	])('INSEE cell %j → %j (%i warning)', (raw, out, warnings) => {
		const c = ctx();
		expect(normaliseInseeCell(raw, c, 'code_insee')).toBe(out);
		expect(c.issues).toHaveLength(warnings);
		if (warnings) expect(c.issues[0].message).toMatch(/zéro initial/);
	});
});

describe('duplicateIdLines', () => {
	it('rejects the later rows of a duplicated id, naming the first line', () => {
		const issues: ImportIssue[] = [];
		const dup = duplicateIdLines(
			[
				{ line: 2, id: 'a' },
				{ line: 3, id: 'b' },
				{ line: 4, id: 'a' },
				{ line: 5, id: null },
				{ line: 6, id: null }
			],
			'f.csv',
			'id',
			issues
		);
		expect([...dup]).toEqual([4]);
		const twice = 'Identifiant « a » en double (déjà ligne 2) : ligne ignorée.';
		expect(issues).toEqual([issue('error', 'f.csv', 4, 'id', twice)]);
	});
});
