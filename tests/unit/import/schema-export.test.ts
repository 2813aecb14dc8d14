import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../../src/lib/import/csv';
import { readImport } from '../../../src/lib/import/read-import';
import {
	kindFromSchemaRow,
	SCHEMA_FIELDS,
	toSchemaCsv,
	toSchemaJson,
	toSchemaRow,
	type ExportLieu
} from '../../../src/lib/import/schema-export';
import { hasSchema, validateRows } from './schema-validate';

const base: ExportLieu = {
	kind: 'mediation',
	nom: 'Espace numérique, « Le Relais »',
	adresse: '12 rue des Écoles',
	code_postal: '04120',
	code_insee: '04039',
	commune: 'Castellane',
	lat: 43.84732,
	lon: 6.51301,
	itinerant: 0,
	telephone: '+33492836100',
	courriel: 'contact@relais.fr',
	site_web: 'https://relais.fr/',
	horaires: 'Mo-Fr 09:00-12:00,14:00-17:00',
	horaires_brut: 'Mo-Fr 09:00-12:00,14:00-17:00',
	services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
	publics: 'Jeunes|Seniors',
	frais: 'Gratuit',
	prise_rdv: 'https://rdv.relais.fr/',
	date_maj: '2025-04-01',
	source: 'hub-du-sud-2023',
	source_id: 'abc-1',
	producteur: 'Hub du Sud'
};

/** Help points covering every kind and the awkward values. */
const LIEUX: ExportLieu[] = [
	base,
	{
		...base,
		kind: 'france-services',
		nom: 'Bus France services',
		itinerant: 1,
		adresse: null,
		horaires: null,
		horaires_brut: '31 h d’ouverture par semaine',
		prise_rdv: 'Sur rendez-vous',
		publics: '',
		site_web: null,
		source: 'france-services-2024',
		source_id: '3097'
	},
	{
		...base,
		kind: 'bibliotheque',
		services: '',
		frais: '',
		horaires: null,
		horaires_brut: null,
		source_id: 'b-2'
	},
	{ ...base, kind: 'conseiller-numerique', telephone: null, courriel: null, source_id: 'c-3' },
	{
		...base,
		kind: 'aidants-connect',
		prise_rdv: null,
		services: 'Aide aux démarches administratives',
		source_id: 'a:4'
	}
];

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
	it('has the columns of the schema example, comma-separated, every cell quoted', () => {
		const example = resolve(
			process.cwd(),
			'../shared/opendata/mediation-numerique-schema/exemple-valide.csv'
		);
		const csv = toSchemaCsv(LIEUX.map(toSchemaRow));
		const parsed = parseCsv(csv, 'x.csv');
		expect(parsed.fields).toEqual([...SCHEMA_FIELDS]);
		expect(parsed.rows).toHaveLength(LIEUX.length);
		expect(csv.split('\n')[0].startsWith('"id","pivot","nom"')).toBe(true);
		if (hasSchema)
			expect(parseCsv(readFileSync(example, 'utf8'), 'e.csv').fields).toEqual([...SCHEMA_FIELDS]);
	});
});

describe.skipIf(!hasSchema)('exported rows against schema.json', () => {
	it('satisfy every required field, enum pattern and type', () => {
		expect(validateRows(LIEUX.map(toSchemaRow))).toEqual([]);
	});

	it.each([
		['services', 'Cours de cuisine'],
		['itinerance', 'Mobile'],
		['telephone', '0492836100'],
		['code_postal', '4120']
	])('the validator catches a bad %s', (field, value) => {
		const row = { ...toSchemaRow(base), [field]: value };
		expect(validateRows([row]).length).toBe(1);
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

describe('a planner’s check in the export', () => {
	it('is the update date when it is later than the record’s', () => {
		expect(toSchemaRow({ ...base, verifie_le: '2026-11-29' }).date_maj).toBe('2026-11-29');
		expect(toSchemaRow({ ...base, verifie_le: '2024-01-01' }).date_maj).toBe('2025-04-01');
		expect(toSchemaRow({ ...base, verifie_le: null }).date_maj).toBe('2025-04-01');
	});
});
