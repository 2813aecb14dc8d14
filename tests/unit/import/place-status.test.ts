import { describe, expect, it } from 'vitest';
import { renameCsvHeader } from '../../../src/lib/import/column-mapping';
import { parsePlaceStatuses, readStatusWord } from '../../../src/lib/import/place-status';
import { expectRowRejected } from '../../helpers/import-issues';

const HEADER = 'lieu_id,lieu_source_id,source,statut,fin_financement,note';
const one = (row: string, header = HEADER) => parsePlaceStatuses(`${header}\n${row}\n`, 's.csv');

describe('readStatusWord', () => {
	it.each([
		['actif', 'actif'],
		['Menacé', 'menace'],
		['menace', 'menace'],
		['En projet', 'en_projet'],
		['en_projet', 'en_projet'],
		['FERMÉ', 'ferme'],
		['fermée', null],
		['perdu', null]
	])('%s → %s', (raw, expected) => expect(readStatusWord(raw)).toBe(expected));
});

describe('parsePlaceStatuses: one row', () => {
	it.each([
		[
			'16,,,menacé,2026-10-31,COPIL du 21/01/2026',
			{
				lieu: { id: 16 },
				statut: 'menace',
				finFinancement: '2026-10-31',
				note: 'COPIL du 21/01/2026'
			}
		],
		[
			',3097,france-services-2024,,31/07/2027,',
			{ lieu: { source: 'france-services-2024', sourceId: '3097' }, finFinancement: '2027-07-31' }
		],
		['16,,,-,-,-', { lieu: { id: 16 }, statut: null, finFinancement: null, note: null }]
	])('%s', (row, expected) => {
		const r = one(row);
		expect(r.issues).toEqual([]);
		expect(r.records).toEqual([{ line: 2, ...expected }]);
	});

	it('leaves empty cells out: the stored values stay', () => {
		const r = one('16,,,fermé,,');
		expect(r.records[0]).toEqual({ line: 2, lieu: { id: 16 }, statut: 'ferme' });
		expect('finFinancement' in r.records[0]).toBe(false);
	});

	it.each([
		[',,,actif,,', 'lieu_id', /Lieu non indiqué.*ligne ignorée/],
		['x,,,actif,,', 'lieu_id', /invalide/],
		[',3097,,actif,,', 'source', /source/],
		[
			'16,,,perdu,,',
			'statut',
			/Statut « perdu » inconnu \(valeurs possibles : actif, menacé, en projet, fermé\)/
		],
		['16,,,actif,31/02/2026,', 'fin_financement', /Date « 31\/02\/2026 » invalide/],
		['16,,,actif,octobre,', 'fin_financement', /AAAA-MM-JJ ou JJ\/MM\/AAAA/],
		[`16,,,actif,,${'x'.repeat(501)}`, 'note', /trop longue \(501 caractères, 500 au plus\)/]
	])('rejects %s (%s)', (row, field, message) =>
		expectRowRejected(one(row), 's.csv', field, message)
	);

	it('skips a row that sets nothing, with a warning', () => {
		const r = one('16,,,,,');
		expect(r.records).toEqual([]);
		expect(r.issues).toMatchObject([{ level: 'warning', line: 2, message: /Ni statut/ }]);
	});

	it('refuses a file without any status column, on line 1', () => {
		const r = one('16', 'lieu_id');
		expect(r.records).toEqual([]);
		expect(r.issues).toMatchObject([{ level: 'error', line: 1, field: 'statut' }]);
	});
});

describe('parsePlaceStatuses: a spreadsheet with its own column names', () => {
	const text = [
		'Id lieu;État;Date de fin de financement;Commentaire',
		'16;Menacé;31/10/2026;Financé jusqu’en octobre',
		'17;actif;2026-13-01;',
		'18;en projet;;Ouverture prévue'
	].join('\n');
	const renamed = renameCsvHeader(text, 'statut', 'tableur.csv');
	const r = parsePlaceStatuses(renamed.text, 'tableur.csv');

	it('maps the columns, with a warning for each', () => {
		expect(renamed.issues.map((i) => i.field).sort()).toEqual([
			'fin_financement',
			'lieu_id',
			'note',
			'statut'
		]);
	});

	it('reads the good rows and locates the bad one', () => {
		expect(r.records.map((x) => [x.line, x.lieu, x.statut])).toEqual([
			[2, { id: 16 }, 'menace'],
			[4, { id: 18 }, 'en_projet']
		]);
		expect(r.issues).toMatchObject([{ level: 'error', line: 3, field: 'fin_financement' }]);
	});
});
