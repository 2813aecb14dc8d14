import { describe, expect, it } from 'vitest';
import { mapColumns, renameCsvHeader } from '../../../src/lib/import/column-mapping';
import { parseCsv } from '../../../src/lib/import/csv';

describe('mapColumns', () => {
	it.each([
		['Code INSEE', 'lieux', 'code_insee'],
		['code_insee', 'lieux', null],
		['INSEE', 'lieux', 'code_insee'],
		['Code commune', 'lieux', 'code_insee'],
		['  CODE  INSEE ', 'tournees', 'code_insee'],
		['Téléphone', 'lieux', 'telephone'],
		['Date de mise à jour', 'lieux', 'date_maj'],
		['Nom du lieu', 'lieux', 'nom'],
		['Lat', 'lieux', 'latitude'],
		['lng', 'tournees', 'longitude'],
		['Arrêt', 'tournees', 'libelle'],
		['Jours de passage', 'tournees', 'horaires'],
		['Code commune', 'france-services', 'insee_com'],
		['Code INSEE', 'bibliotheques', 'INSEE'],
		['Taux (en %)', 'illectronisme', 'taux_illectronisme_pct'],
		['Colonne inconnue', 'lieux', null]
	] as const)('%s (%s) → %s', (raw, type, canonical) => {
		const { rename, issues } = mapColumns([raw], type, 'f.csv');
		expect(rename.get(raw) ?? null).toBe(canonical);
		expect(issues).toHaveLength(canonical ? 1 : 0);
		if (canonical) expect(issues[0]).toMatchObject({ level: 'warning', line: 1, field: canonical });
	});

	it('never shadows a canonical column already present', () => {
		const { rename } = mapColumns(['code_insee', 'INSEE'], 'lieux', 'f.csv');
		expect(rename.size).toBe(0);
	});
});

describe('renameCsvHeader', () => {
	it.each([
		['a;Code INSEE\r\n1;4173\r\n', ';'],
		['a,Code INSEE\n1,4173\n', ','],
		['a\tCode INSEE\n1\t4173\n', '\t']
	])('rewrites only the header line (%j)', (text, sep) => {
		const r = renameCsvHeader(text, 'lieux', 'f.csv');
		const csv = parseCsv(r.text, 'f.csv');
		expect(csv.fields).toEqual(['a', 'code_insee']);
		expect(csv.rows[0]).toEqual({ line: 2, data: { a: '1', code_insee: '4173' } });
		expect(r.text.split(sep).length).toBe(text.split(sep).length);
	});
});
