import { describe, expect, it } from 'vitest';
import {
	mapFrais,
	mapPublics,
	mapServices,
	OLD_SERVICES,
	SERVICES_V1
} from '../../../src/lib/import/services-vocabulary';

describe('services vocabulary', () => {
	it('maps every old label onto a v1 value', () => {
		for (const v of Object.values(OLD_SERVICES)) expect(SERVICES_V1).toContain(v);
	});

	it.each([
		[['Prendre en main un ordinateur'], ['Maîtrise des outils numériques du quotidien']],
		[
			['Accéder à une connexion internet', 'Accéder à du matériel'],
			['Accès internet et matériel informatique']
		],
		[
			[
				'Approfondir ma culture numérique',
				'Réaliser des démarches administratives avec un accompagnement'
			],
			['Aide aux démarches administratives', 'Compréhension du monde numérique']
		],
		[['Aide aux démarches administratives'], ['Aide aux démarches administratives']],
		[['Inconnu'], []]
	])('mapServices(%j) → %j', (values, expected) => {
		expect(mapServices(values, () => {})).toEqual(expected);
	});

	it.each([
		[
			['Jeunes (16-26 ans)', 'Seniors (+ 65 ans)'],
			['Jeunes', 'Seniors']
		],
		[['Adultes', 'Jeunes (16-26 ans)'], []],
		[['Familles/enfants', 'Surdité'], ['Familles et/ou enfants']],
		[['Jeunes'], ['Jeunes']]
	])('mapPublics(%j) → %j', (values, expected) => {
		expect(mapPublics(values, () => {})).toEqual(expected);
	});

	it.each([
		[['Gratuit : Je peux accéder gratuitement au lieu et à ses services'], ['Gratuit']],
		[["Adhésion : L'accès au lieu nécessite d'y adhérer"], ['Payant']],
		[
			['Gratuit', 'Payant'],
			['Gratuit', 'Payant']
		]
	])('mapFrais(%j) → %j', (values, expected) => {
		expect(mapFrais(values, () => {})).toEqual(expected);
	});

	it('reports unknown values', () => {
		const unknown: string[] = [];
		mapServices(['Danser', 'Prendre en main un ordinateur'], (v) => unknown.push(v));
		expect(unknown).toEqual(['Danser']);
	});
});
