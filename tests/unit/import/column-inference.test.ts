import { describe, expect, it } from 'vitest';
import { inferCodeColumns, inferColumn } from '../../../src/lib/import/column-inference';
import { parseCsv } from '../../../src/lib/import/csv';
import { COG } from './cog-lookup';

describe('inferColumn', () => {
	it.each([
		['INSEE codes', ['04070', '04088', '04112'], 'insee', 3, 0],
		['INSEE codes that lost their zero', ['4070', '4088', '4112'], 'insee', 3, 3],
		['postcodes', ['04000', '04300', '04200'], 'postcode', 3, 0],
		['postcodes that lost their zero', ['4000', '4300', '4100'], 'postcode', 3, 3],
		['EPCI SIRENs', ['200067437', '240400440'], 'siren', 2, 0],
		['percentages', ['24,1 %', '27 %', '31,2%'], 'percent', 3, 0],
		['thin-space thousands and decimal commas', ['1\u202f405', '16 229', '5,5'], 'number', 3, 0],
		['names', ['Digne-les-Bains', 'Forcalquier'], 'text', 2, 0],
		['codes of another département (not in the COG)', ['13055', '13001', '13002'], 'number', 3, 0],
		['mostly names', ['04070', 'Digne', 'Forcalquier'], 'text', 3, 0],
		['nothing', ['', ' '], 'empty', 0, 0]
	])('%s', (_, values, role, matching, padded) => {
		expect(inferColumn('c', values, COG)).toMatchObject({ role, matching, padded });
	});

	it('keeps a role only with at least 80 % of the values', () => {
		const values = ['04070', '04088', '04112', '04209', 'x'];
		expect(inferColumn('c', values, COG).role).toBe('insee');
		expect(inferColumn('c', [...values, 'y'], COG).role).toBe('text');
	});
});

const infer = (text: string, type: Parameters<typeof inferCodeColumns>[2] = 'ifn') => {
	const csv = parseCsv(text, 'f.csv');
	return inferCodeColumns(csv.fields, csv.rows, type, COG, 'f.csv');
};

describe('inferCodeColumns', () => {
	it.each([
		[
			'INSEE codes under "Commune"',
			'Commune;Nom;Score\n4070;Digne;5\n4088;Forcalquier;6',
			'ifn',
			[['Commune', 'code']]
		],
		[
			'SIRENs under "EPCI"',
			'EPCI,Libellé,total\n200067437,CC A,5\n240400440,CA B,6',
			'ifn',
			[['EPCI', 'code']]
		],
		[
			'a code column whose header already says so',
			'code,name,total\n04070,Digne,5\n04088,F,6',
			'ifn',
			[]
		],
		['an alias header that holds codes', 'Code INSEE,nom\n4070,Digne\n4088,F', 'ifn', []],
		[
			'postcodes under "Code INSEE" and codes under "Ville"',
			'id,nom,Ville,Code INSEE\na,A,4070,04000\nb,B,4088,04300',
			'lieux',
			[
				['Code INSEE', 'Code INSEE (non lue)'],
				['Ville', 'code_insee']
			]
		],
		['no code anywhere', 'Nom,Score\nDigne,5\nForcalquier,6', 'ifn', []]
	])('%s', (_, text, type, renames) => {
		expect([...infer(text, type as 'ifn').rename]).toEqual(renames);
	});

	it('says which column was read as what and why, in French', () => {
		const r = infer('Commune;Nom;Score\n4070;Digne;5\n4088;Forcalquier;6\n4112;Manosque;5');
		expect(r.issues.map((i) => [i.level, i.field, i.message])).toEqual([
			[
				'warning',
				'code',
				'Colonne « Commune » lue comme « code » d’après ses valeurs : 3 sur 3 sont des codes INSEE du COG, 3 après ajout du zéro initial perdu.'
			]
		]);
	});
});
