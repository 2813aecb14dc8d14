import { describe, expect, it } from 'vitest';
import { readImport } from '../../../src/lib/import/read-import';
import type { HelpPointRecord } from '../../../src/lib/import/types';
import { messyBytes } from './messy-helpers';

const read = (name: string) => {
	const r = readImport(messyBytes(name), name, 'lieux', { date: '2026-11-23' });
	const records = r.parsed.kind === 'help-points' ? r.parsed.records : [];
	return { ...r, records, at: (line: number) => r.issues.filter((i) => i.line === line) };
};
const pick = (x: { line: number; record: HelpPointRecord }) => ({
	line: x.line,
	id: x.record.sourceId,
	nom: x.record.nom,
	codeInsee: x.record.codeInsee,
	lat: x.record.lat,
	lon: x.record.lon
});

describe('a Windows-1252 ; file saved by a French spreadsheet', () => {
	const r = read('lieux-windows-1252.csv');
	it('is decoded, its columns renamed, its cells fixed', () => {
		expect(r.encoding).toBe('windows-1252');
		expect(r.rowsRead).toBe(3);
		expect(r.records.map(pick)).toEqual([
			{
				line: 2,
				id: 'med-1',
				nom: 'Médiathèque intercommunale',
				codeInsee: '04173',
				lat: 43.9697,
				lon: 6.5083
			},
			{
				line: 3,
				id: 'med-2',
				nom: 'Espace numérique « Le Relais »',
				codeInsee: '04039',
				lat: 43.8473,
				lon: 6.513
			},
			{
				line: 4,
				id: 'med-3',
				nom: 'Café associatif du Cœur’Allos',
				codeInsee: '04006',
				lat: null,
				lon: null
			}
		]);
		expect(r.records[1].record.adresse).toBe('12, rue des Écoles');
		expect(r.records[0].record.dateMaj).toBe('2025-03-15');
		expect(r.records[0].record.telephone).toBe('+33492890000');
		expect(r.issues.filter((i) => i.level === 'error')).toEqual([]);
	});

	it.each([
		[1, '', /Windows-1252/],
		[1, 'code_insee', /Colonne « Code INSEE » lue comme « code_insee »/],
		[1, 'date_maj', /Date de mise à jour/],
		[2, 'code_insee', /« 4173 » complété en « 04173 »/],
		[2, 'latitude', /43,9697/],
		[3, 'longitude', /6,5130/]
	])('line %i warns on %s', (line, field, message) => {
		expect(
			r.at(line).some((i) => i.level === 'warning' && i.field === field && message.test(i.message))
		).toBe(true);
	});
});

describe('a UTF-8 file with a BOM, quoted fields with commas', () => {
	const r = read('lieux-bom.csv');
	it('reads both rows', () => {
		expect(r.encoding).toBe('utf-8-bom');
		expect(r.records.map((x) => x.record.nom)).toEqual([
			"Point numérique, mairie d'Annot",
			'Atelier « Clic » de Barrême'
		]);
		expect(r.records[0].record.adresse).toBe('Place du Revelly, rez-de-chaussée');
		expect(r.records[1].record.services).toEqual([
			'Maîtrise des outils numériques du quotidien',
			'Utilisation sécurisée du numérique'
		]);
		expect(r.issues).toEqual([]);
	});
});

describe('a file with problems', () => {
	const r = read('lieux-problemes.csv');
	it.each([
		[2, null, null, null],
		[3, 'error', 'id', /en double \(déjà ligne 2\)/],
		[4, 'warning', 'latitude', /inversées/],
		[5, 'warning', 'latitude', /hors de France/],
		[6, 'error', 'nom', /Nom du lieu manquant/],
		[7, 'warning', 'code_insee', /zéro initial/],
		[7, 'warning', 'date_maj', /invalide « 2025-13-01 »/]
	])('line %i: %s on %s', (line, level, field, message) => {
		if (!level) return expect(r.at(line)).toEqual([]);
		expect(
			r.at(line).some((i) => i.level === level && i.field === field && message!.test(i.message))
		).toBe(true);
	});

	it('keeps the valid rows, with fixed positions and the quoted address', () => {
		expect(r.records.map(pick)).toEqual([
			{
				line: 2,
				id: 'p-1',
				nom: 'Espace numérique de Colmars',
				codeInsee: '04061',
				lat: 44.1802,
				lon: 6.6273
			},
			{
				line: 4,
				id: 'p-2',
				nom: 'Relais numérique de Beauvezer',
				codeInsee: '04025',
				lat: 44.1454,
				lon: 6.6051
			},
			{
				line: 5,
				id: 'p-3',
				nom: 'Permanence numérique de Thorame',
				codeInsee: '04219',
				lat: null,
				lon: null
			},
			{ line: 7, id: 'p-5', nom: 'Tiers-lieu de Villars', codeInsee: '04240', lat: null, lon: null }
		]);
		expect(r.records[0].record.adresse).toBe('Place Joseph Girieud, "la Grand\'Place"');
		expect(r.records[3].record.dateMaj).toBe('2026-11-23');
	});
});

describe('other types', () => {
	it.each([
		[
			'france-services',
			'id_fs;Nom;Code commune;latitude;longitude\nfs-1;France services de Digne;4070;44.09;6.23\nfs-1;Doublon;4070;44.09;6.23\n',
			1,
			1
		],
		['ifn', 'Code INSEE,total\n4173,7.2\n04039,x\n', 1, 1],
		['illectronisme', 'niveau;code;Taux\nepci;200068625;22\ncommune;4173;18,5\n', 2, 0],
		['tournees', 'Id lieu,INSEE,Passage\n16,04061,Tu[2] 09:00-12:00\n', 1, 0]
	] as const)('%s file', (type, text, records, errors) => {
		const r = readImport(new TextEncoder().encode(text), 'f.csv', type, { date: '2026-11-23' });
		expect(r.parsed.records).toHaveLength(records);
		expect(r.issues.filter((i) => i.level === 'error')).toHaveLength(errors);
	});
});
