import { describe, expect, it } from 'vitest';
import { franceServicesFormat, parseFranceServices } from '../../../src/lib/import/france-services';
import { fixture, issue } from './helpers';

describe('franceServicesFormat', () => {
	it.each([
		['Principal', 'Fixe', 'fixe'],
		['Principal', 'Fixe_antenne(s)', 'fixe'],
		['Antenne', 'Fixe_antenne(s)', 'antenne'],
		['Antenne', 'Multisites', 'antenne'],
		['Principal', 'Multisites', 'multisites'],
		['Principal', 'Bus_équivalent', 'bus'],
		['Principal', 'Itinérante', 'itinerante']
	])('%s / %s → %s', (type, format, expected) => {
		expect(franceServicesFormat(type, format)).toBe(expected);
	});
});

describe('parseFranceServices (fixture)', () => {
	const { records, issues } = parseFranceServices(fixture('france-services.csv'), 'fs.csv');
	const byId = new Map(records.map((r) => [r.sourceId, r]));

	it('keeps valid rows and rejects the nameless one', () => {
		expect(records.map((r) => r.sourceId)).toEqual(['568', '3097', '143', '9002', '9003']);
		const nameless = 'Nom de la structure France services manquant : ligne ignorée.';
		expect(issues).toContainEqual(issue('error', 'fs.csv', 5, 'lib_fs', nameless));
	});

	it('reads a real row', () => {
		expect(byId.get('568')).toMatchObject({
			source: 'france-services-2024',
			kind: 'france-services',
			nom: 'France services La Poste de Banon',
			adresse: 'Place de la République, Bureau de poste',
			codeInsee: '04018',
			codePostal: '04150',
			commune: 'Banon',
			format: 'fixe',
			itinerant: false,
			horaires: 'Tu-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00',
			frais: ['Gratuit'],
			dateMaj: '2024-08-01'
		});
		expect(byId.get('568')!.services).toContain('Aide aux démarches administratives');
	});

	it.each([
		['3097', 'bus', true],
		['143', 'antenne', false],
		['9003', 'itinerante', true]
	])('row %s has format %s', (id, format, itinerant) => {
		expect(byId.get(id)).toMatchObject({ format, itinerant });
	});

	it.each([
		[6, 'latitude', /hors de France/],
		[6, 'h_mardi', /Horaires illisibles « midi »/],
		[7, 'insee_com', /Code INSEE invalide « 4A070 »/],
		[7, 'telephone', /téléphone invalide « 123 »/]
	])('line %i, field %s: warning', (line, field, message) => {
		const found = issues.find((i) => i.line === line && i.field === field);
		expect(found).toMatchObject({ level: 'warning', file: 'fs.csv' });
		expect(found!.message).toMatch(message);
	});

	it('drops a position outside France and hours that do not convert', () => {
		expect(byId.get('9002')).toMatchObject({ lat: null, lon: null, horaires: null });
		expect(byId.get('9002')!.horairesBrut).toBe('Mo 09:00 - 12:00; Tu midi');
	});
});
