import { describe, expect, it } from 'vitest';
import { ORIGIN_LABEL, shownValue } from '../../../src/lib/analysis/published-value';

const pub = { valeur: 7.652, source: 'ifn-epci-2023' };
const calc = { valeur: 7.647, methode: 'moyenne_ponderee' };

describe('shownValue: the published value where there is one, else the computed mean', () => {
	it.each([
		['both: the published one, keeping the mean', pub, calc, 7.652, 'publiee'],
		['published only', pub, null, 7.652, 'publiee'],
		['computed only', null, calc, 7.647, 'calculee'],
		['neither: pas de donnée', null, null, null, null],
		['a non-finite published value is no value', { ...pub, valeur: NaN }, calc, 7.647, 'calculee'],
		['a published 0 is a value', { ...pub, valeur: 0 }, calc, 0, 'publiee']
	] as const)('%s', (_, p, c, valeur, origine) => {
		const v = shownValue(p, c);
		expect(v.valeur).toBe(valeur);
		expect(v.origine).toBe(origine);
	});

	it('keeps both values with their source and method', () => {
		expect(shownValue(pub, calc)).toEqual({
			valeur: 7.652,
			origine: 'publiee',
			publiee: pub,
			calculee: calc
		});
		expect(shownValue(null, calc)).toEqual({
			valeur: 7.647,
			origine: 'calculee',
			publiee: null,
			calculee: calc
		});
	});

	it('names each origin in French', () => {
		expect(ORIGIN_LABEL).toEqual({
			publiee: 'publié par La MedNum',
			calculee: 'moyenne calculée par Maillage'
		});
	});
});
