import { describe, expect, it } from 'vitest';
import { readImport } from '$lib/import/read-import';
import { countLines, MAX_FIELD_CHARS } from '$lib/import/limits';
import type { ImportType } from '$lib/import/column-mapping';

const enc = (s: string) => new TextEncoder().encode(s);
const LONG = 'A'.repeat(20_000);
const read = (text: string, type: ImportType, maxRows?: number) =>
	readImport(enc(text), 'partenaire.csv', type, { date: '2026-11-29', maxRows });

describe('field length cap at import', () => {
	it.each([
		[
			'lieux',
			`id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj\nok-1,Espace,Colmars,04370,04061,Place,44.18,6.62,Accès internet et matériel informatique,2026-10-01\nlong-1,${LONG},Colmars,04370,04061,Place,44.18,6.62,Accès internet et matériel informatique,2026-10-01\n`,
			'nom'
		],
		[
			'france-services',
			`id_fs,insee_dep,lib_fs,adresse,insee_com,code_postal,lib_com,latitude,longitude,format_fs\n1,04,France services A,Place,04070,04000,Digne,44.09,6.23,Fixe\n2,04,France services B,${LONG},04070,04000,Digne,44.09,6.23,Fixe\n`,
			'adresse'
		],
		[
			'tournees',
			`lieu_source_id,source,code_insee,latitude,longitude,libelle,horaires,valide_du,valide_au\n3097,france-services-2024,04061,,,Parking,Tu 09:00-12:00,,\n3097,france-services-2024,04006,,,${LONG},Tu 14:00-17:00,,\n`,
			'libelle'
		]
	] as [ImportType, string, string][])(
		'%s: a row with a 20 000-character field is rejected, naming file, line and field',
		(type, text, field) => {
			const r = read(text, type);
			const e = r.issues.find((i) => i.level === 'error' && i.line === 3);
			expect(e).toMatchObject({ file: 'partenaire.csv', line: 3, field });
			expect(e?.message).toBe(
				`Champ « ${field} » trop long : 20\u202f000 caractères (2\u202f000 au plus) : ligne ignorée.`
			);
			expect(r.parsed.records.map((x) => x.line)).toEqual([2]);
		}
	);

	it('JSON lieux: the same cap, the line being the entry number', () => {
		const json = JSON.stringify([
			{ id: 'a', nom: 'Court', code_insee: '04070' },
			{ id: 'b', nom: 'Long', horaires: 'x'.repeat(MAX_FIELD_CHARS + 1), code_insee: '04070' }
		]);
		const r = readImport(enc(json), 'lieux.json', 'lieux', { date: '2026-11-29' });
		expect(r.issues).toContainEqual(expect.objectContaining({ line: 2, field: 'horaires' }));
		expect(r.parsed.records.every((x) => x.line !== 2)).toBe(true);
	});

	it('keeps fields of real length (500 characters of opening hours)', () => {
		const r = read(
			`niveau,code,libelle,taux_illectronisme_pct,source,millesime\nepci,200034700,${'B'.repeat(500)},17,INSEE,2019\n`,
			'illectronisme'
		);
		expect(r.issues.filter((i) => i.level === 'error')).toEqual([]);
	});
});

describe('row cap of uploads', () => {
	it('counts lines with or without a final newline', () => {
		expect(countLines(enc('a\nb\nc'))).toBe(3);
		expect(countLines(enc('a\nb\nc\n'))).toBe(3);
		expect(countLines(enc(''))).toBe(0);
	});

	it('refuses a file over the cap before parsing, and accepts one at the cap', () => {
		const text = (n: number) =>
			['niveau,code,libelle,taux_illectronisme_pct,source,millesime']
				.concat(Array.from({ length: n }, (_, i) => `epci,${200000000 + i},E,17,INSEE,2019`))
				.join('\n');
		const over = read(text(11), 'illectronisme', 10);
		expect(over.parsed.records).toEqual([]);
		expect(over.issues).toEqual([
			expect.objectContaining({
				level: 'error',
				line: 1,
				message: expect.stringMatching(/^Fichier trop long : 11 lignes/)
			})
		]);
		expect(read(text(10), 'illectronisme', 10).rowsRead).toBe(10);
	});
});
