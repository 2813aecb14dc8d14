import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cutTable, findHeaderLine, headerScore } from '../../../src/lib/import/header-detection';

const table = (name: string) => readFileSync(`tests/fixtures/import-tables/${name}`, 'utf8');

describe('headerScore', () => {
	it.each([
		[['code', 'name', 'total'], 3],
		[['Commune', 'Nom', 'Population', '', ''], 3],
		[['Feuille de route 2025', '', '', ''], 0],
		[['4070', 'Digne-les-Bains', '16 229', '27,5 %'], 0],
		[['a', 'a', 'b'], 2],
		[['Nom', 'Nom'], 0],
		[[], 0]
	])('%j scores %i', (cells, score) => expect(headerScore(cells)).toBe(score));
});

describe('findHeaderLine', () => {
	it.each([
		['a header on the first line', ['code,name,total', '04070,Digne,6.5'], 0],
		[
			'a title and a blank line above',
			['Titre du tableau;;', ';;', 'Commune;Nom;Score', '4070;Digne;5,5'],
			2
		],
		['a title without delimiters', ['IFN des communes', '', 'code\tnom', '04070\tDigne'], 2],
		[
			'a subtitle of two words above',
			['Source, La MedNum', '', 'code,nom,total', '04070,Digne,6'],
			2
		],
		['nothing like a header', ['1;2;3', '4;5;6'], 0],
		['a header alone', ['code,name,total'], 0],
		['a header with a repeated name', ['id,nom,nom', 'a,Espace,Colmars'], 0]
	])('%s', (_, lines, index) => expect(findHeaderLine(lines)).toBe(index));
});

describe('cutTable', () => {
	it('cuts the title, the blank line, the total and the source note of a roadmap table', () => {
		const cut = cutTable(table('ifn-feuille-de-route.csv'), 'f.csv');
		expect(cut.lineOffset).toBe(2);
		const lines = cut.text.trimEnd().split('\n');
		expect(lines[0]).toBe('Commune;Nom;Population;Part des 65 ans et plus;Score global');
		expect(lines).toHaveLength(8);
		expect(cut.issues.map((i) => [i.line, i.message])).toEqual([
			[
				3,
				'En-tête trouvé ligne 3 : 2 ligne(s) au-dessus ignorée(s) (« Feuille de route France Numérique Ensemble 04 (extrait du PDF) »).'
			],
			[
				11,
				expect.stringMatching(/^Ligne 11 ignorée \(total ou note sous le tableau\) : « Total 60/)
			],
			[
				12,
				'Ligne 12 ignorée (total ou note sous le tableau) : « Source : La MedNum, IFN (traitement ANCT) INSEE RP ».'
			]
		]);
	});

	it.each([
		['a clean file', 'code,name,total\n04070,Digne,6.5\n'],
		['trailing blank lines', 'code,name,total\n04070,Digne,6.5\n\n\n'],
		['a last data row that starts with a number', 'code,name\n04070,Digne\n04088,Forcalquier'],
		['a last row whose id starts like a note', 'id,nom\nnote-1,Espace\ntotal_2,Relais\n']
	])('leaves %s as it is', (_, text) => {
		const cut = cutTable(text, 'f.csv');
		expect(cut).toEqual({ text, lineOffset: 0, issues: [] });
	});

	it.each([
		['Ensemble;;120'],
		['Note : valeurs provisoires'],
		['* hors communes nouvelles'],
		['TOTAL GÉNÉRAL;3;4']
	])('drops the footer %j', (footer) => {
		const cut = cutTable(`code;nom;total\n04070;Digne;6\n${footer}\n`, 'f.csv');
		expect(cut.text).toBe('code;nom;total\n04070;Digne;6\n');
		expect(cut.issues).toHaveLength(1);
	});
});
