import { describe, expect, it } from 'vitest';
import { parseBibliotheques } from '../../../src/lib/import/bibliotheques';
import { fixture } from './helpers';

describe('parseBibliotheques (fixture)', () => {
	const { records, issues } = parseBibliotheques(fixture('bibliotheques.csv'), 'bib.csv');
	const byId = new Map(records.map((r) => [r.sourceId, r]));

	it('keeps the libraries open to the public and drops administrative addresses', () => {
		expect(records.map((r) => r.sourceId)).toEqual(['127', '131', '16587', '99002', '99003']);
	});

	it.each([
		['127', { lat: 44.451939, lon: 6.298618, approximate: false, codeInsee: '04033' }],
		['16587', { lat: 43.9803884973, lon: 6.59032744238, approximate: true }],
		[
			'99002',
			{ lat: null, lon: null, codeInsee: '04070', horairesBrut: '12 h d’ouverture par semaine' }
		],
		['99003', { codeInsee: null }]
	])('row %s', (id, expected) => {
		expect(byId.get(id)).toMatchObject({
			kind: 'bibliotheque',
			source: 'bibliotheques',
			...expected
		});
	});

	it('reads names, addresses and status', () => {
		expect(byId.get('131')).toMatchObject({
			nom: 'Médiathèque de Céreste',
			adresse: '5 Boulevard Victor Hugo',
			codePostal: '04280',
			commune: 'CERESTE',
			format: 'Bibliothèque municipale',
			services: [],
			dateMaj: '2020-11-26'
		});
	});

	it.each([
		['error', 6, 'Libelle1', /Nom de la bibliothèque manquant/],
		['warning', 7, 'coordonnees_finales', /hors de France/],
		['warning', 8, 'INSEE', /Code INSEE invalide « ABCDE »/]
	])('%s on line %i, field %s', (level, line, field, message) => {
		const found = issues.find((i) => i.line === line && i.field === field);
		expect(found).toMatchObject({ level, file: 'bib.csv' });
		expect(found!.message).toMatch(message);
	});
});
