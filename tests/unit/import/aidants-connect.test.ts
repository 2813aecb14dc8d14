import { describe, expect, it } from 'vitest';
import { parseAidantsConnect } from '../../../src/lib/import/aidants-connect';
import { fixture } from './helpers';

const COMMUNES: Record<string, { lat: number; lon: number; nom: string }> = {
	'04145': { lat: 44.3, lon: 5.9, nom: 'Mison' },
	'04205': { lat: 44.35, lon: 6.35, nom: 'Seyne' }
};

describe('parseAidantsConnect (fixture)', () => {
	const { records, issues } = parseAidantsConnect(
		fixture('aidants-connect.csv'),
		'ac.csv',
		(code) => COMMUNES[code] ?? null
	);

	it('keeps active structures placed at their commune point', () => {
		expect(records.map((r) => r.sourceId)).toEqual(['1703', '2188']);
		expect(records[0]).toMatchObject({
			source: 'aidants-connect-2024',
			kind: 'aidants-connect',
			nom: 'Communauté de Communes du Sisteronais-Buech',
			codeInsee: '04145',
			codePostal: '04200',
			lat: 44.3,
			lon: 5.9,
			approximate: true,
			services: ['Aide aux démarches administratives'],
			dateMaj: '2024-02-12'
		});
	});

	it.each([
		[6, 'Name', /Nom de la structure manquant/],
		[7, 'City Insee Code', /commune « 04999 » inconnue/],
		[8, 'City Insee Code', /code INSEE de la commune manquant/]
	])('error on line %i, field %s', (line, field, message) => {
		const found = issues.find((i) => i.line === line && i.field === field);
		expect(found).toMatchObject({ level: 'error', file: 'ac.csv' });
		expect(found!.message).toMatch(message);
	});

	it('counts the inactive row (quoted address over two lines) on the right line', () => {
		expect(issues.map((i) => i.line)).toEqual([6, 7, 8]);
	});
});
