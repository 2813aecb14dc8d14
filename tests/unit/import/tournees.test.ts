import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renameCsvHeader } from '../../../src/lib/import/column-mapping';
import { parseTournees } from '../../../src/lib/import/tournees';
import { messyBytes } from './messy-helpers';
import { expectRowRejected } from '../../helpers/import-issues';

const HEADER =
	'lieu_id,lieu_source_id,source,code_insee,latitude,longitude,libelle,horaires,valide_du,valide_au';
const one = (row: string) => parseTournees(`${HEADER}\n${row}\n`, 't.csv');

describe('parseTournees: one row', () => {
	it.each([
		[
			'16,,,04061,,,Parking de la mairie,Tu[2] 09:00-12:00,,',
			{ lieu: { id: 16 }, codeInsee: '04061', horaires: 'Tu[2] 09:00-12:00' }
		],
		[
			',3097,france-services-2024,04006,,,Mairie,Tu[2] 14:00-17:00,2026-09-01,31/07/2027',
			{
				lieu: { source: 'france-services-2024', sourceId: '3097' },
				valideDu: '2026-09-01',
				valideAu: '2027-07-31'
			}
		],
		[
			'16,,,,44.1602,6.6585,Col,Sa[-1] 10:00-12:00,,',
			{ codeInsee: null, lat: 44.1602, lon: 6.6585 }
		]
	])('%s', (row, expected) => {
		const r = one(row);
		expect(r.issues.filter((i) => i.level === 'error')).toEqual([]);
		expect(r.records[0]).toMatchObject({ line: 2, ...expected });
	});

	it.each([
		[',,,04061,,,P,Tu[2] 09:00-12:00,,', 'lieu_id', /Lieu non indiqué/],
		['x,,,04061,,,P,Tu[2] 09:00-12:00,,', 'lieu_id', /invalide/],
		[',3097,,04061,,,P,Tu[2] 09:00-12:00,,', 'source', /source/],
		['16,,,,,,P,Tu[2] 09:00-12:00,,', 'code_insee', /Ni commune/],
		['16,,,123,,,P,Tu[2] 09:00-12:00,,', 'code_insee', /invalide/],
		['16,,,04061,,,P,,,', 'horaires', /manquants/],
		['16,,,04061,,,P,le 2e mardi,,', 'horaires', /OpenStreetMap/],
		['16,,,04061,,,P,Tu[2] 09:00-12:00,31/02/2026,', 'valide_du', /invalide/],
		['16,,,04061,,,P,Tu[2] 09:00-12:00,2027-01-01,2026-01-01', 'valide_au', /avant le début/]
	])('rejects %s (%s)', (row, field, message) =>
		expectRowRejected(one(row), 't.csv', field, message)
	);
});

describe('parseTournees: messy tab-separated file with renamed columns', () => {
	const text = new TextDecoder().decode(messyBytes('tournees-messy.tsv'));
	const renamed = renameCsvHeader(text, 'tournees', 'tournees-messy.tsv');
	const r = parseTournees(renamed.text, 'tournees-messy.tsv');
	const at = (line: number) => r.issues.filter((i) => i.line === line);

	it('maps the renamed columns', () => {
		expect(renamed.issues.map((i) => i.field).sort()).toEqual([
			'code_insee',
			'horaires',
			'latitude',
			'libelle',
			'longitude',
			'valide_au',
			'valide_du'
		]);
	});

	it.each([
		[2, 'warning', 'code_insee', /zéro initial/],
		[3, 'warning', 'latitude', /inversées/],
		[4, 'warning', 'latitude', /hors de France/],
		[5, 'error', 'horaires', /OpenStreetMap/],
		[6, 'warning', 'horaires', /identique à celui de la ligne 2/],
		[7, 'error', 'valide_au', /avant le début/],
		[8, 'error', 'lieu_id', /Lieu non indiqué/]
	])('line %i: %s on %s', (line, level, field, message) => {
		const found = at(line).filter((i) => i.level === level && i.field === field);
		expect(found.some((i) => message.test(i.message))).toBe(true);
	});

	it('keeps the good stops with fixed values, a quoted tab inside a place name', () => {
		expect(r.records.map((s) => [s.line, s.codeInsee, s.lat, s.lon])).toEqual([
			[2, '04061', null, null],
			[3, '04006', 44.269, 6.6304],
			[4, '04025', null, null],
			[9, '04039', null, null]
		]);
		expect(r.records[0]).toMatchObject({ valideDu: '2026-09-01', valideAu: '2027-07-31' });
	});
});

describe('the example file data/examples/tournees-exemple.csv', () => {
	it('reads without any problem', () => {
		const r = parseTournees(
			readFileSync(resolve('data/examples/tournees-exemple.csv'), 'utf8'),
			'ex.csv'
		);
		expect(r.issues).toEqual([]);
		expect(r.records.length).toBeGreaterThanOrEqual(8);
		expect(r.records[0]).toMatchObject({ codeInsee: '04061', horaires: 'Tu[2] 09:00-12:00' });
	});
});
