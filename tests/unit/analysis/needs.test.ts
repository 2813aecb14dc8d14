import { describe, expect, it } from 'vitest';
import {
	declaresDigitalHelp,
	FREE,
	matchesFilters,
	NEEDS,
	PUBLICS,
	servicesFor,
	type Filters,
	type LieuEnums
} from '../../../src/lib/analysis/needs';
import { FRAIS_V1, PUBLICS_V1, SERVICES_V1 } from '../../../src/lib/import/services-vocabulary';

describe('vocabulary', () => {
	it('uses only values of the national schema v1', () => {
		for (const n of NEEDS) for (const s of n.services) expect(SERVICES_V1).toContain(s);
		for (const p of PUBLICS) for (const v of p.publics) expect(PUBLICS_V1).toContain(v);
		for (const f of FREE) expect(FRAIS_V1).toContain(f);
	});

	it('reaches every schema service and public', () => {
		expect(new Set(NEEDS.flatMap((n) => n.services))).toEqual(new Set(SERVICES_V1));
		expect(new Set(PUBLICS.flatMap((p) => p.publics))).toEqual(new Set(PUBLICS_V1));
	});

	it('has unique, URL-safe keys', () => {
		const keys = [...NEEDS, ...PUBLICS].map((x) => x.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const k of keys) expect(k).toMatch(/^[a-z]+$/);
	});

	it.each([
		['demarches', 'Faire une démarche administrative', 'Aide aux démarches administratives'],
		[
			'apprendre',
			'Apprendre à utiliser mon téléphone ou mon ordinateur',
			'Maîtrise des outils numériques du quotidien'
		],
		['enfant', 'Accompagner mon enfant', 'Parentalité et éducation avec le numérique'],
		['emploi', 'Trouver un emploi', 'Insertion professionnelle via le numérique'],
		['acces', 'Accéder à internet ou à un ordinateur', 'Accès internet et matériel informatique']
	])('need %s', (key, label, service) => {
		const need = NEEDS.find((n) => n.key === key)!;
		expect(need.label).toBe(label);
		expect(need.services).toContain(service);
	});

	it.each([
		['senior', 'Seniors'],
		['jeune', 'Jeunes'],
		['famille', 'Familles et/ou enfants'],
		['etudiant', 'Étudiants'],
		['femme', 'Femmes']
	])('public %s → %s', (key, value) => {
		expect(PUBLICS.find((p) => p.key === key)!.publics).toEqual([value]);
	});

	it('servicesFor merges and deduplicates', () => {
		expect(servicesFor(['demarches', 'sante', 'inconnu'])).toEqual([
			'Aide aux démarches administratives'
		]);
		expect(servicesFor(['emploi', 'apprendre'])).toEqual([
			'Maîtrise des outils numériques du quotidien',
			'Insertion professionnelle via le numérique'
		]);
		expect(servicesFor([])).toEqual([]);
	});
});

const franceServices: LieuEnums = {
	services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
	publics: [],
	frais: ['Gratuit']
};
const espaceJeunes: LieuEnums = {
	services: ['Insertion professionnelle via le numérique', 'Loisirs et créations numériques'],
	publics: ['Jeunes', 'Étudiants'],
	frais: ['Gratuit sous condition']
};
const atelierPayant: LieuEnums = {
	services: ['Maîtrise des outils numériques du quotidien'],
	publics: ['Seniors'],
	frais: ['Payant']
};
const inconnu: LieuEnums = { services: [], publics: [], frais: [] };

describe('matchesFilters', () => {
	it.each<[string, LieuEnums, Filters, boolean]>([
		['no filter', inconnu, {}, true],
		['empty lists', franceServices, { besoins: [], publics: [], gratuit: false }, true],
		['need met', franceServices, { besoins: ['demarches'] }, true],
		['health → administrative help', franceServices, { besoins: ['sante'] }, true],
		['need not met', franceServices, { besoins: ['emploi'] }, false],
		['two needs, both met', franceServices, { besoins: ['demarches', 'apprendre'] }, true],
		['two needs, one met', franceServices, { besoins: ['demarches', 'emploi'] }, false],
		['one of a need’s services is enough', espaceJeunes, { besoins: ['decouvrir'] }, true],
		['no services listed meets no need', inconnu, { besoins: ['demarches'] }, false],
		['unknown need key ignored', franceServices, { besoins: ['xyz'] }, true],
		['no publics listed welcomes seniors', franceServices, { publics: ['senior'] }, true],
		['publics listed, person is one', espaceJeunes, { publics: ['jeune'] }, true],
		['publics listed, person is not', espaceJeunes, { publics: ['senior'] }, false],
		['several of who I am: any fits', espaceJeunes, { publics: ['senior', 'etudiant'] }, true],
		['unknown public key ignored', espaceJeunes, { publics: ['martien'] }, true],
		['free', franceServices, { gratuit: true }, true],
		['free under condition counts', espaceJeunes, { gratuit: true }, true],
		['paying', atelierPayant, { gratuit: true }, false],
		['costs unknown', inconnu, { gratuit: true }, false],
		['all filters together', atelierPayant, { besoins: ['apprendre'], publics: ['senior'] }, true],
		[
			'all filters, one fails',
			atelierPayant,
			{ besoins: ['apprendre'], publics: ['senior'], gratuit: true },
			false
		]
	])('%s', (_what, lieu, filters, expected) => {
		expect(matchesFilters(lieu, filters)).toBe(expected);
	});
});

describe('declaresDigitalHelp (what the finder list is for)', () => {
	it.each([
		['france-services', [], true],
		['conseiller-numerique', [], true],
		['aidants-connect', [], true],
		['mediation', ['Aide aux démarches administratives'], true],
		['bibliotheque', ['Accès internet et matériel informatique'], true],
		['bibliotheque', [], false],
		['mediation', [], false]
	])('%s with services %j: %s', (kind, services, expected) => {
		expect(declaresDigitalHelp({ kind, services })).toBe(expected);
	});
});
