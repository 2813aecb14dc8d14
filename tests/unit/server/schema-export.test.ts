import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/import/csv';
import { readImport } from '../../../src/lib/import/read-import';
import { kindFromSchemaRow, SCHEMA_FIELDS } from '../../../src/lib/import/national-schema';
import {
	toSchemaCsv,
	toSchemaJson,
	toSchemaRow
} from '../../../src/lib/server/exports/schema-export';
import type { ExportLieu } from '../../../src/lib/types/exports';
import { LIEUX } from '../../helpers/export-lieux';

/** What a help point and an imported record must share for the round trip to be lossless. */
const comparable = (l: ExportLieu) => ({
	id: `${l.source}:${l.source_id}`,
	kind: l.kind,
	nom: l.nom,
	adresse: l.adresse,
	codePostal: l.code_postal,
	codeInsee: l.code_insee,
	commune: l.commune,
	lat: l.lat,
	lon: l.lon,
	itinerant: !!l.itinerant,
	telephone: l.telephone,
	courriel: l.courriel,
	siteWeb: l.site_web,
	horaires: l.horaires,
	horairesBrut: l.horaires ?? l.horaires_brut,
	services: l.services ? l.services.split('|') : [],
	publics: l.publics ? l.publics.split('|') : [],
	frais: l.frais ? l.frais.split('|') : [],
	priseRdv: l.prise_rdv,
	dateMaj: l.date_maj
});

const reimport = (bytes: Uint8Array, file: string) => {
	const r = readImport(bytes, file, 'lieux', { date: '2026-11-23' });
	return {
		errors: r.issues.filter((i) => i.level === 'error'),
		records:
			r.parsed.kind === 'help-points'
				? r.parsed.records.map(({ record: x }) => ({
						id: x.sourceId,
						kind: x.kind,
						nom: x.nom,
						adresse: x.adresse,
						codePostal: x.codePostal,
						codeInsee: x.codeInsee,
						commune: x.commune,
						lat: x.lat,
						lon: x.lon,
						itinerant: x.itinerant,
						telephone: x.telephone,
						courriel: x.courriel,
						siteWeb: x.siteWeb,
						horaires: x.horaires,
						horairesBrut: x.horairesBrut,
						services: x.services,
						publics: x.publics,
						frais: x.frais,
						priseRdv: x.priseRdv,
						dateMaj: x.dateMaj
					}))
				: []
	};
};

describe('export → import round trip (lieux type)', () => {
	const rows = LIEUX.map(toSchemaRow);
	it('CSV gives back the same records', () => {
		const csv = toSchemaCsv(rows);
		const r = reimport(new TextEncoder().encode(csv), 'export.csv');
		expect(r.errors).toEqual([]);
		expect(r.records).toEqual(LIEUX.map(comparable));
	});

	it('JSON gives back the same records', () => {
		const text = JSON.stringify(toSchemaJson(rows));
		const r = reimport(new TextEncoder().encode(text), 'export.json');
		expect(r.errors).toEqual([]);
		expect(r.records).toEqual(LIEUX.map(comparable));
	});

	it.each(LIEUX.map((l) => [l.kind, l] as const))('kind %s survives', (kind, l) =>
		expect(kindFromSchemaRow(toSchemaRow(l))).toBe(kind)
	);
});

describe('CSV layout', () => {
	it('has the schema columns, comma-separated, every cell quoted', () => {
		const csv = toSchemaCsv(LIEUX.map(toSchemaRow));
		const parsed = parseCsv(csv, 'x.csv');
		expect(parsed.fields).toEqual([...SCHEMA_FIELDS]);
		expect(parsed.rows).toHaveLength(LIEUX.length);
		expect(csv.split('\n')[0].startsWith('"id","pivot","nom"')).toBe(true);
	});
});

describe('formula injection in the schema export', () => {
	it('escapes a formula in a name, keeps numbers and phones, and reads it back unchanged', () => {
		const row = { ...toSchemaRow(LIEUX[0]), nom: '=HYPERLINK("http://x","y")', longitude: '-1.36' };
		const csv = toSchemaCsv([row]);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csv).toContain('"-1.36"');
		const back = parseCsv(csv, 'export.csv').rows[0].data;
		expect(back.nom).toBe('=HYPERLINK("http://x","y")');
	});
});
