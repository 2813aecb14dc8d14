import { describe, expect, it } from 'vitest';
import {
	changedFields,
	fieldErrors,
	formMessage,
	formValues,
	missingFields,
	readLieuForm,
	type LieuFormValues
} from '../../../src/lib/import/lieu-form';
import { SCHEMA_FIELDS, type SchemaRow } from '../../../src/lib/import/national-schema';
import type { ImportIssue } from '../../../src/lib/import/types';

const row = {
	...(Object.fromEntries(SCHEMA_FIELDS.map((f) => [f, ''])) as SchemaRow),
	id: 'hub-du-sud-2023:abc',
	nom: 'Espace numérique',
	code_insee: '04070',
	telephone: '+33492000000',
	horaires: 'Mo-Fr 09:00-12:00',
	services: 'Aide aux démarches administratives|Accès internet et matériel informatique'
};
const before = formValues(row);
const warning = (field: string, message: string): ImportIssue => ({
	level: 'warning',
	file: 'f',
	line: 1,
	field,
	message
});

describe('the planner’s form', () => {
	it('holds the schema fields the database has, not the others', () => {
		expect(before).toMatchObject({ nom: 'Espace numérique', telephone: '+33492000000' });
		expect(before).not.toHaveProperty('id');
		expect(before).not.toHaveProperty('pivot');
	});

	it('reads a sent form: texts trimmed, ticked boxes joined with |', () => {
		const form = new FormData();
		form.set('nom', '  Espace  ');
		form.append('services', 'Aide aux démarches administratives');
		form.append('services', 'Loisirs et créations numériques');
		const v = readLieuForm(form);
		expect(v.nom).toBe('Espace');
		expect(v.services).toBe('Aide aux démarches administratives|Loisirs et créations numériques');
		expect(v.telephone).toBe('');
	});

	it('compares lists as sets', () => {
		const after: LieuFormValues = {
			...before,
			services: 'Accès internet et matériel informatique|Aide aux démarches administratives',
			telephone: '04 92 00 00 01'
		};
		expect(changedFields(before, after)).toEqual(['telephone']);
	});
});

describe('missingFields', () => {
	it('asks for the name and the INSEE code', () => {
		expect(missingFields(before)).toEqual({});
		expect(missingFields({ ...before, nom: '', code_insee: '', telephone: '' })).toEqual({
			nom: 'Champ obligatoire.',
			code_insee: 'Champ obligatoire.'
		});
	});
});

describe('fieldErrors', () => {
	const typed = { ...before, telephone: 'abc', latitude: '99', site_web: '' };
	const changed = ['telephone', 'latitude', 'site_web'] as const;
	it.each([
		[
			warning('telephone', 'Numéro de téléphone invalide « abc » : ignoré.'),
			{ telephone: 'Numéro de téléphone invalide « abc ».' }
		],
		[
			warning('latitude', 'Coordonnées hors de France (99, 6) : position ignorée.'),
			{ latitude: 'Coordonnées hors de France (99, 6).' }
		],
		// a warning on a field left as it was does not refuse the form
		[
			warning('horaires', 'Horaires illisibles au format OpenStreetMap « x » : gardés en texte.'),
			{}
		],
		// nor one on a field the planner cleared
		[warning('site_web', 'Adresse web illisible : ignorée.'), {}],
		[
			{ ...warning('nom', 'Nom du lieu manquant : ligne ignorée.'), level: 'error' as const },
			{ nom: 'Nom du lieu manquant.' }
		],
		[{ ...warning('', 'JSON illisible'), level: 'error' as const }, { '': 'JSON illisible' }]
	])('%j → %j', (issue, errors) =>
		expect(fieldErrors([issue], typed, [...changed])).toEqual(errors)
	);
});

describe('formMessage', () => {
	it.each([
		[
			'Horaires illisibles au format OpenStreetMap « Mo 09:00-12 » : gardés en texte.',
			'Horaires illisibles au format OpenStreetMap « Mo 09:00-12 ».'
		],
		[
			'La commune « Digne » ne correspond pas au code INSEE 04070 (Digne-les-Bains) : nom du COG retenu.',
			'La commune « Digne » ne correspond pas au code INSEE 04070 (Digne-les-Bains).'
		],
		['Valeur inconnue « Cuisine » ignorée.', 'Valeur inconnue « Cuisine » ignorée.']
	])('%s → %s', (message, out) => expect(formMessage(message)).toBe(out));
});
