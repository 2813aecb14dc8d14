import { describe, expect, it } from 'vitest';
import { parseLieuxV1, parseLieuxV1Csv } from '../../../src/lib/import/mediation-v1';
import { fixture, issue } from './helpers';

describe('parseLieuxV1 (fixture)', () => {
	const rows = JSON.parse(fixture('hub-du-sud.json'));
	const { records, issues } = parseLieuxV1(rows, 'hub.json', 'hub-du-sud-2023');
	const byId = new Map(records.map((r) => [r.sourceId, r]));

	it('reads real rows in the v1 vocabulary', () => {
		expect(records).toHaveLength(5);
		const first = records[0];
		expect(first).toMatchObject({
			source: 'hub-du-sud-2023',
			kind: 'mediation',
			sourceId: rows[0].id
		});
		expect(first.services).toEqual(
			rows[0].services.split('|').sort((a: string, b: string) => a.localeCompare(b)).length
				? expect.arrayContaining(rows[0].services.split('|'))
				: []
		);
		expect(first.horaires).toBe(rows[0].horaires);
	});

	it.each([
		['error', 4, 'nom', /Nom du lieu manquant/],
		['warning', 5, 'code_insee', /Code INSEE invalide « 4070X »/],
		['warning', 5, 'latitude', /hors de France/],
		['warning', 5, 'horaires', /Horaires illisibles/],
		['warning', 5, 'date_maj', /invalide « 1970-01-01 ».*2023-05-17/],
		['warning', 6, 'latitude', /inversées/],
		['warning', 6, 'telephone', /invalide « 12 »/],
		['warning', 6, 'date_maj', /invalide « 2023-02-30 »/],
		['warning', 6, 'services', /Aucun service reconnu/]
	])('%s on line %i, field %s', (level, line, field, message) => {
		const found = issues.find(
			(i) => i.line === line && i.field === field && message.test(i.message)
		);
		expect(found).toMatchObject({ level, file: 'hub.json' });
	});

	it('reports an unknown service once, with its first line and count', () => {
		const unknown = issues.filter((i) => /Service inventé/.test(i.message));
		const once =
			'Valeur inconnue « Service inventé » ignorée (2 lignes, la première est indiquée).';
		expect(unknown).toEqual([issue('warning', 'hub.json', 5, 'services', once)]);
	});

	it('fixes what can be fixed', () => {
		expect(byId.get('broken-2')).toMatchObject({
			lat: null,
			codeInsee: null,
			horaires: null,
			dateMaj: '2023-05-17'
		});
		expect(byId.get('broken-3')).toMatchObject({ lat: 44.09, lon: 6.23, codePostal: '04000' });
	});

	it('reads a v1 CSV with real line numbers', () => {
		const csv = 'id,nom,services,code_postal\n1,Lieu,Aide aux démarches administratives,04000\n';
		const r = parseLieuxV1Csv(csv, 'exemple.csv', 'hub-du-sud-2023');
		expect(r.records).toHaveLength(1);
		expect(r.records[0].services.length).toBeGreaterThan(0);
	});
});
