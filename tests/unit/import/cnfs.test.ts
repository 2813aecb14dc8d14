import { describe, expect, it } from 'vitest';
import { parseCnfs } from '../../../src/lib/import/cnfs';
import { fixture } from './helpers';

describe('parseCnfs (fixture)', () => {
	const rows = JSON.parse(fixture('cnfs.json'));
	const { records, issues } = parseCnfs(rows, 'cnfs.json');

	it('reads real rows as conseiller-numerique points', () => {
		expect(records).toHaveLength(3);
		expect(records[0]).toMatchObject({
			source: 'cnfs-2022',
			kind: 'conseiller-numerique',
			sourceId: rows[0].id,
			nom: rows[0].nom,
			codePostal: rows[0].code_postal,
			lat: rows[0].latitude,
			frais: ['Gratuit'],
			services: ['Maîtrise des outils numériques du quotidien', 'Compréhension du monde numérique']
		});
	});

	it.each([
		['error', 3, 'nom', /Nom du lieu manquant/],
		['warning', 4, 'latitude', /Coordonnées incomplètes/]
	])('%s on line %i, field %s', (level, line, field, message) => {
		const found = issues.find((i) => i.line === line && i.field === field);
		expect(found).toMatchObject({ level, file: 'cnfs.json' });
		expect(found!.message).toMatch(message);
	});
});
