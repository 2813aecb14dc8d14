import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	createCommuneIndex,
	groupByDepartement,
	resolveCommune,
	searchCommunes,
	type Commune
} from '../../../src/lib/analysis/commune-search';
import { itMaps } from '../../helpers/table';

// Real communes of Alpes-de-Haute-Provence (04), from @etalab/decoupage-administratif 6.0.0
const C = (code: string, nom: string, codesPostaux: string[], population: number): Commune => ({
	code,
	nom,
	departement: '04',
	codesPostaux,
	population
});
const COMMUNES_04: Commune[] = [
	C('04070', 'Digne-les-Bains', ['04000'], 17979),
	C('04173', 'Saint-André-les-Alpes', ['04170'], 1029),
	C('04049', 'Château-Arnoux-Saint-Auban', ['04160', '04600'], 5107),
	C('04079', "L'Escale", ['04160'], 1427),
	C('04116', 'Les Mées', ['04190'], 4099),
	C('04046', 'Le Chaffaut-Saint-Jurson', ['04510'], 693),
	C('04197', 'Sainte-Tulle', ['04220'], 3558),
	C('04112', 'Manosque', ['04100'], 22718),
	C('04209', 'Sisteron', ['04200'], 7850),
	C('04061', 'Colmars', ['04370'], 583),
	C('04074', 'Entrages', ['04000', '04270'], 100),
	C('04097', 'La Javie', ['04000', '04420'], 376),
	C('04167', 'La Robine-sur-Galabre', ['04000'], 301),
	C('04176', 'Sainte-Croix-du-Verdon', ['04500'], 113),
	C('04178', 'Saint-Étienne-les-Orgues', ['04230'], 1286),
	C('04192', "Saint-Michel-l'Observatoire", ['04870'], 1329),
	C('04189', 'Saint-Martin-de-Brômes', ['04800'], 625),
	C('04190', 'Saint-Martin-les-Eaux', ['04300'], 120),
	C('04149', 'Peyruis', ['04310'], 2798),
	C('04244', 'Volonne', ['04290'], 1633),
	C('04001', 'Aiglun', ['04510'], 1399),
	C('04006', 'Allos', ['04260'], 812),
	C('04219', 'Thorame-Haute', ['04170'], 247),
	C('04220', 'Les Thuiles', ['04400'], 361),
	C('04145', 'Peipin', ['04200'], 1506),
	C('04050', 'Châteaufort', ['04250'], 29),
	C('04053', 'Châteauneuf-Val-Saint-Donat', ['04200'], 532),
	C('04039', 'Castellane', ['04120'], 1472),
	C('04088', 'Forcalquier', ['04300'], 5222)
];
const index = createCommuneIndex(COMMUNES_04);
const names = (query: string, limit?: number) =>
	searchCommunes(index, query, limit).map((c) => c.nom);

describe('searchCommunes', () => {
	it.each([
		['st andre les alpes', 'Saint-André-les-Alpes'],
		['Saint-André', 'Saint-André-les-Alpes'],
		['chateau arnoux', 'Château-Arnoux-Saint-Auban'],
		['CHÂTEAU-ARNOUX-ST-AUBAN', 'Château-Arnoux-Saint-Auban'],
		['arnoux', 'Château-Arnoux-Saint-Auban'],
		['auban chateau', 'Château-Arnoux-Saint-Auban'],
		["l'escale", "L'Escale"],
		['L’Escale', "L'Escale"],
		['escale', "L'Escale"],
		['lescale', "L'Escale"],
		['mees', 'Les Mées'],
		['les mées', 'Les Mées'],
		['chaffaut', 'Le Chaffaut-Saint-Jurson'],
		['ste tulle', 'Sainte-Tulle'],
		['st etienne orgues', 'Saint-Étienne-les-Orgues'],
		['saint michel l observatoire', "Saint-Michel-l'Observatoire"],
		['digne', 'Digne-les-Bains'],
		['Digne les bains', 'Digne-les-Bains'],
		['DIGNE', 'Digne-les-Bains'],
		['04000', 'Digne-les-Bains'],
		['04070', 'Digne-les-Bains'],
		['04 000', 'Digne-les-Bains'],
		['colmars', 'Colmars']
	])('%s → %s first', (query, expected) => {
		expect(names(query)[0]).toBe(expected);
	});

	it('ranks exact before prefix before words before contained, then by population', () => {
		// "chateau" starts three names: the most populated first
		expect(names('chateau')).toEqual([
			'Château-Arnoux-Saint-Auban',
			'Châteauneuf-Val-Saint-Donat',
			'Châteaufort'
		]);
		// "saint martin": both prefixes, larger first
		expect(names('saint martin')).toEqual(['Saint-Martin-de-Brômes', 'Saint-Martin-les-Eaux']);
		// exact beats a larger prefix match
		expect(names('peyruis')).toEqual(['Peyruis']);
	});

	it('lists every commune of a postcode, the largest first', () => {
		expect(names('04000')).toEqual([
			'Digne-les-Bains',
			'La Javie',
			'La Robine-sur-Galabre',
			'Entrages'
		]);
		expect(names('04160')).toEqual(['Château-Arnoux-Saint-Auban', "L'Escale"]);
	});

	it('completes a postcode or a code as it is typed', () => {
		// postcode 04000 and INSEE code 04001 (Aiglun) both start with 0400
		expect(names('0400', 2)).toEqual(['Digne-les-Bains', 'Aiglun']);
		// postcodes 04100, 04160 and INSEE code 04116 (Les Mées)
		expect(names('041', 3)).toEqual(['Manosque', 'Château-Arnoux-Saint-Auban', 'Les Mées']);
	});

	it('narrows a name by département or postcode', () => {
		expect(names('saint martin 04')).toEqual(['Saint-Martin-de-Brômes', 'Saint-Martin-les-Eaux']);
		expect(names('saint martin 05')).toEqual([]);
		expect(names('saint martin 04300')).toEqual(['Saint-Martin-les-Eaux']);
	});

	it.each([
		['empty', ''],
		['punctuation only', " -'’ "],
		['unknown name', 'paris'],
		['unknown code', '75001']
	])('nothing for %s', (_what, query) => {
		expect(names(query)).toEqual([]);
	});

	it('respects the limit', () => {
		expect(names('s', 3)).toHaveLength(3);
		expect(names('s', 0)).toEqual([]);
		expect(names('saint').length).toBeLessThanOrEqual(8);
	});
});

describe('searchCommunes over the whole of 04, 05 and 06', () => {
	const file = resolve('node_modules/@etalab/decoupage-administratif/data/communes.json');
	const raw = JSON.parse(readFileSync(file, 'utf8')) as (Commune & { type: string })[];
	const all = createCommuneIndex(
		raw
			.filter((c) => c.type === 'commune-actuelle' && ['04', '05', '06'].includes(c.departement))
			.map((c) => ({ ...c, codesPostaux: c.codesPostaux ?? [], population: c.population ?? 0 }))
	);
	const first = (q: string) => searchCommunes(all, q)[0]?.nom;

	itMaps('%s → %s', first, [
		['digne', 'Digne-les-Bains'],
		['04000', 'Digne-les-Bains'],
		['04070', 'Digne-les-Bains'],
		['st andre les alpes', 'Saint-André-les-Alpes'],
		['chateau arnoux', 'Château-Arnoux-Saint-Auban'],
		["l'escale", "L'Escale"],
		['escale', "L'Escale"],
		['saint martin 05', 'Saint-Martin-de-Queyrières'],
		['saint martin vesubie', 'Saint-Martin-Vésubie']
	]);
});

describe('resolveCommune (a submitted search, without guessing)', () => {
	const index = createCommuneIndex([
		...COMMUNES_04,
		{
			code: '40250',
			nom: 'Saint-André-de-Seignanx',
			departement: '40',
			codesPostaux: ['40390'],
			population: 2000
		}
	]);
	it('"st andre" offers the communes of both départements, not the largest one', () => {
		const r = resolveCommune(index, 'st andre');
		expect(r.kind).toBe('choice');
		if (r.kind !== 'choice') return;
		const groups = groupByDepartement(r.communes);
		expect(groups.map((g) => g.departement).sort()).toEqual(['04', '40']);
		expect(r.communes.map((c) => c.nom)).toEqual(
			expect.arrayContaining(['Saint-André-les-Alpes', 'Saint-André-de-Seignanx'])
		);
	});
	it.each([
		['Castellane', '04039'],
		['castellane', '04039'],
		['digne', '04070'],
		['04070', '04070'],
		['saint andre les alpes', '04173']
	])('"%s" designates %s', (q, code) => {
		const r = resolveCommune(index, q);
		expect(r.kind).toBe('one');
		if (r.kind === 'one') expect(r.commune.code).toBe(code);
	});
	it('a postcode shared by several communes is a choice', () => {
		const r = resolveCommune(index, '04000');
		expect(r.kind).toBe('choice');
		if (r.kind === 'choice') expect(r.communes.map((c) => c.code)).toContain('04070');
	});
	it('an unknown commune is none', () => {
		expect(resolveCommune(index, 'Paris')).toEqual({ kind: 'none' });
	});
});

describe('the whole country: arrondissements, Corsica, overseas, homonyms', () => {
	// Real entries of @etalab/decoupage-administratif 6.0.0 (a few postcodes of each city)
	const A = (code: string, nom: string, cp: string, population: number): Commune => ({
		code,
		nom,
		departement: code.slice(0, 2),
		codesPostaux: [cp],
		population,
		parent: `${code.slice(0, 2)}${{ '75': '056', '69': '123', '13': '055' }[code.slice(0, 2)]}`
	});
	const FRANCE: Commune[] = [
		{ ...C('75056', 'Paris', ['75001', '75011', '75016', '75116'], 2103778), departement: '75' },
		A('75101', 'Paris 1er Arrondissement', '75001', 15917),
		A('75111', 'Paris 11e Arrondissement', '75011', 142583),
		{
			...A('75116', 'Paris 16e Arrondissement', '75016', 159733),
			codesPostaux: ['75016', '75116']
		},
		{ ...C('69123', 'Lyon', ['69003'], 519127), departement: '69' },
		A('69383', 'Lyon 3e Arrondissement', '69003', 105117),
		{ ...C('59350', 'Lille', ['59000', '59800'], 238246), departement: '59' },
		{ ...C('2A004', 'Ajaccio', ['20000', '20090'], 76320), departement: '2A' },
		{ ...C('93066', 'Saint-Denis', ['93200', '93210'], 149077), departement: '93' },
		{ ...C('97411', 'Saint-Denis', ['97400', '97490'], 155634), departement: '974' },
		{ ...C('11339', 'Saint-Denis', ['11310'], 523), departement: '11' },
		{ ...C('97611', 'Mamoudzou', ['97600'], 71437), departement: '976' },
		{ ...C('97302', 'Cayenne', ['97300'], 62675), departement: '973' },
		{ ...C('13005', 'Aubagne', ['13400'], 47681), departement: '13' },
		{ ...C('13055', 'Marseille', ['13005'], 886040), departement: '13' },
		A('13205', 'Marseille 5e Arrondissement', '13005', 45702)
	];
	const fr = createCommuneIndex(FRANCE);
	it.each([
		['Lille', '59350'],
		['59000', '59350'],
		['Paris', '75056'],
		// the postcode of an arrondissement designates it, not the middle of the city
		['75011', '75111'],
		['75 011', '75111'],
		['75116', '75116'],
		['paris 11', '75111'],
		['Paris 11e', '75111'],
		['lyon 3', '69383'],
		['69003', '69383'],
		['Ajaccio', '2A004'],
		['20000', '2A004'],
		['97400', '97411'],
		['saint denis 974', '97411'],
		['Mamoudzou', '97611'],
		// Aubagne's INSEE code, Marseille 5e's postcode: the postcode wins
		['13005', '13205'],
		['cayenne', '97302']
	])('"%s" designates %s', (q, code) => {
		const r = resolveCommune(fr, q);
		expect(r.kind).toBe('one');
		if (r.kind === 'one') expect(r.commune.code).toBe(code);
	});
	it('"Saint-Denis" is a choice of the homonyms, each with its département', () => {
		const r = resolveCommune(fr, 'Saint-Denis');
		expect(r.kind).toBe('choice');
		if (r.kind !== 'choice') return;
		expect(groupByDepartement(r.communes).map((g) => g.departement)).toEqual(['974', '93', '11']);
	});
	it('suggests an arrondissement before its city for its postcode', () => {
		expect(searchCommunes(fr, '75011').map((c) => c.code)).toEqual(['75111']);
		expect(searchCommunes(fr, 'paris', 3).map((c) => c.code)).toEqual(['75056', '75116', '75111']);
	});
});
