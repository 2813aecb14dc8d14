import { describe, expect, it } from 'vitest';
import {
	HONEYPOT,
	isRobot,
	proposedChange,
	proposedValue,
	readReportForm,
	REPORT_MAX
} from '../../../src/lib/import/report-form';

describe('readReportForm', () => {
	it.each([
		[
			{ motif: 'telephone', valeur: '04 92 31 00 00', message: '', contact: '' },
			{ motif: 'telephone', valeur: '+33492310000', message: null, contact: null }
		],
		[
			{ motif: 'horaires', valeur: ' lundi 9h-12h ', message: 'Fermé le mardi', contact: 'a@b.fr' },
			{ motif: 'horaires', valeur: 'lundi 9h-12h', message: 'Fermé le mardi', contact: 'a@b.fr' }
		],
		[{ motif: 'ferme' }, { motif: 'ferme', valeur: null, message: null, contact: null }],
		[
			{ motif: 'demenage', valeur: '3 place de la Mairie, 04000 Digne' },
			{
				motif: 'demenage',
				valeur: '3 place de la Mairie, 04000 Digne',
				message: null,
				contact: null
			}
		],
		[
			{ motif: 'autre', message: 'Le\u0000 nom\u0007 a changé' },
			{ motif: 'autre', valeur: null, message: 'Le nom a changé', contact: null }
		],
		[
			{ motif: 'telephone', valeur: '' },
			{ motif: 'telephone', valeur: null, message: null, contact: null }
		]
	])('accepts %j', (fields, report) =>
		expect(readReportForm(fields)).toEqual({ ok: true, report })
	);

	it.each([
		[{}, 'motif', 'Choisissez ce qui ne va pas.'],
		[{ motif: 'fermé' }, 'motif', 'Choisissez ce qui ne va pas.'],
		[{ motif: 'telephone', valeur: 'appeler la mairie' }, 'valeur', /Numéro non reconnu/],
		[{ motif: 'autre' }, 'message', 'Dites en quelques mots ce qui ne va pas.'],
		[{ motif: 'autre', message: 'x'.repeat(REPORT_MAX.message + 1) }, 'message', /1\u202f000/],
		[{ motif: 'ferme', contact: 'x'.repeat(REPORT_MAX.contact + 1) }, 'contact', /200/],
		[{ motif: 'horaires', valeur: 'x'.repeat(REPORT_MAX.valeur + 1) }, 'valeur', /300/]
	])('refuses form %# with a French message on the field', (fields, field, message) => {
		const r = readReportForm(fields);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toMatch(message);
	});

	it('gives the sent values back to show the form again', () => {
		const r = readReportForm({ motif: 'telephone', valeur: 'abc', contact: 'moi', x: new Blob() });
		expect(r).toMatchObject({
			ok: false,
			values: { motif: 'telephone', valeur: 'abc', contact: 'moi', message: '' }
		});
	});
});

describe('isRobot', () => {
	it.each([
		[{ [HONEYPOT]: 'http://spam.example' }, true],
		[{ [HONEYPOT]: '  ' }, false],
		[{}, false]
	])('%j → %s', (fields, robot) => expect(isRobot(fields)).toBe(robot));
});

describe('the change a report proposes', () => {
	it.each([
		[{ motif: 'ferme', valeur: null }, { remove: true }],
		[{ motif: 'telephone', valeur: '+33492310000' }, { values: { telephone: '+33492310000' } }],
		[
			{ motif: 'demenage', valeur: '3 place de la Mairie' },
			{ values: { adresse: '3 place de la Mairie' } }
		],
		[
			{ motif: 'horaires', valeur: 'Mo-Fr 09:00-12:00' },
			{ values: { horaires: 'Mo-Fr 09:00-12:00' } }
		],
		// hours in words: a planner writes them in OSM syntax first
		[{ motif: 'horaires', valeur: 'du lundi au vendredi le matin' }, null],
		[{ motif: 'telephone', valeur: null }, null],
		[{ motif: 'autre', valeur: 'quelque chose' }, null]
	])('%j → %j', (report, change) => expect(proposedChange(report)).toEqual(change));

	it('keeps the value in words for the planner’s form', () =>
		expect(proposedValue({ motif: 'horaires', valeur: 'le matin' })).toEqual({
			field: 'horaires',
			value: 'le matin'
		}));
});
