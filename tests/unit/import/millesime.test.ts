import { describe, expect, it } from 'vitest';
import { compareValues, millesimeWarning } from '../../../src/lib/import/millesime';

const pairs = (imported: number[], stored: number[]) =>
	imported.map((v, i) => ({ imported: v, stored: stored[i] }));

describe('compareValues', () => {
	it.each([
		['the same values', [6.5, 7.4, 6.8], [6.5, 7.4, 6.8], 0, false],
		['values rounded to one decimal', [6.5, 7.0, 6.6], [6.534, 6.982, 6.64], 0, false],
		['another millésime, one point lower', [5.5, 6.5, 5.8], [6.5, 7.4, 6.8], 3, true],
		['one corrected value among agreeing ones', [5.5, 7.4, 6.8], [6.5, 7.4, 6.8], 1, false],
		['too few values to tell', [5.5, 6.5], [6.5, 7.4], 2, false],
		['nothing stored', [], [], 0, false]
	])('%s', (_, imported, stored, differing, systematic) => {
		expect(compareValues(pairs(imported, stored))).toMatchObject({ differing, systematic });
	});

	it('takes the median gap, not the mean (one wild row does not make a millésime)', () => {
		const c = compareValues(pairs([6.5, 7.4, 6.8, 0], [6.5, 7.4, 6.8, 9]));
		expect(c).toMatchObject({ compared: 4, differing: 1, medianAbsDiff: 0, systematic: false });
	});
});

it('says the warning in French, naming the stored source', () => {
	const c = compareValues(pairs([5.5, 6.5, 5.8], [6.5, 7.4, 6.8]));
	expect(millesimeWarning(c, 'IFN 2023, La MedNum')).toBe(
		'Ces valeurs diffèrent systématiquement des valeurs enregistrées (IFN 2023, La MedNum) : autre millésime ou autre méthode ? 3 valeur(s) sur 3 diffèrent, écart médian 1.'
	);
});
