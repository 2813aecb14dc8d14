import { describe, expect, it } from 'vitest';
import { normaliseCommuneName, plainText } from '$lib/analysis/names';
import { itMaps } from '../../helpers/table';

describe('plainText', () => {
	itMaps('%s → %s', plainText, [
		['Code INSEE', 'code insee'],
		['Réseau / Structure', 'reseau structure'],
		['  Téléphone ', 'telephone'],
		["Côtes-d'Armor", 'cotes d armor'],
		['Cœur de ville', 'coeur de ville'],
		['', '']
	]);
});

describe('normaliseCommuneName', () => {
	itMaps('%s → %s', normaliseCommuneName, [
		['Saint-André-les-Alpes', 'saint andre les alpes'],
		['st andre les alpes', 'saint andre les alpes'],
		['ST ANDRE LES ALPES', 'saint andre les alpes'],
		['ST-ANDRÉ', 'saint andre'],
		['Ste Tulle', 'sainte tulle'],
		["L'Escale", 'l escale'],
		['L’Escale', 'l escale'],
		['  Château--Arnoux   Saint  Auban ', 'chateau arnoux saint auban'],
		['Œuilly', 'oeuilly'],
		['Saint-Étienne-lès-Orgues', 'saint etienne les orgues'],
		['Stenay', 'stenay'],
		['Palud-sur-Verdon (La)', 'la palud sur verdon'],
		["Escale (L')", 'l escale'],
		['Digne-les-Bains Cedex', 'digne les bains'],
		['DIGNE LES BAINS CEDEX 9', 'digne les bains'],
		['', '']
	]);

	it('gives the official name and its common spellings one form', () => {
		const official = normaliseCommuneName('La Palud-sur-Verdon');
		expect(normaliseCommuneName('Palud-sur-Verdon (La)')).toBe(official);
		expect(normaliseCommuneName('LA PALUD SUR VERDON')).toBe(official);
		expect(normaliseCommuneName('Allos')).not.toBe(normaliseCommuneName('Beauvezer'));
	});
});
