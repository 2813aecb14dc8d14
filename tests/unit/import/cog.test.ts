import { describe, expect, it } from 'vitest';
import { buildCog, type CogInput } from '../../../src/lib/import/cog';
import { realCogInput } from '../../helpers/cog';

const input: CogInput = {
	communes: [
		{ code: '04001', nom: 'Aiglun', type: 'commune-actuelle', departement: '04', population: 1413 },
		{ code: '05001', nom: 'Abriès', type: 'commune-actuelle', departement: '05', population: 400 },
		{ code: '03001', nom: 'Abrest', type: 'commune-actuelle', departement: '03', population: 3000 },
		{
			code: '04033',
			nom: 'Nouvelle',
			type: 'commune-actuelle',
			departement: '04',
			population: 900,
			anciensCodes: ['04099']
		},
		{ code: '04099', nom: 'Ancienne', type: 'commune-deleguee', departement: '04' },
		{ code: '13201', nom: 'Marseille 1er', type: 'arrondissement-municipal', departement: '13' },
		{ code: '98411', nom: 'Îles', type: 'commune-actuelle', departement: '984', zone: 'com' }
	],
	epci: [
		{
			code: '200000001',
			nom: 'CC à cheval',
			type: 'CC',
			membres: [{ code: '04001' }, { code: '05001' }]
		},
		{ code: '200000002', nom: 'CA Allier', type: 'CA', membres: [{ code: '03001' }] }
	],
	departements: [
		{ code: '03', nom: 'Allier', region: '84' },
		{ code: '04', nom: 'Alpes-de-Haute-Provence', region: '93' },
		{ code: '05', nom: 'Hautes-Alpes', region: '93' },
		{ code: '984', nom: 'TAAF', region: 'TAAF', zone: 'com' }
	]
};

describe('buildCog', () => {
	it.each([
		[['04'], ['04'], ['200000001'], ['04001', '04033']],
		[
			['03', '04'],
			['03', '04'],
			['200000001', '200000002'],
			['03001', '04001', '04033']
		],
		[['05'], ['05'], ['200000001'], ['05001']],
		[
			undefined,
			['03', '04', '05'],
			['200000001', '200000002'],
			['03001', '04001', '04033', '05001']
		]
	])('départements %j', (deps, depCodes, epciCodes, communeCodes) => {
		const cog = buildCog(input, deps);
		expect(cog.departements.map((d) => d.code)).toEqual(depCodes);
		expect(cog.epcis.map((e) => e.code)).toEqual(epciCodes);
		expect(cog.communes.map((c) => c.code)).toEqual(communeCodes);
	});

	it('keeps full EPCI membership, both départements and anciens codes', () => {
		const cog = buildCog(input, ['04']);
		expect(cog.epcis[0]).toEqual({
			code: '200000001',
			nom: 'CC à cheval',
			type: 'CC',
			departements: ['04', '05'],
			membres: ['04001', '05001']
		});
		expect(cog.communes.find((c) => c.code === '04001')?.epci).toBe('200000001');
		expect(cog.communes.find((c) => c.code === '04033')).toEqual({
			code: '04033',
			nom: 'Nouvelle',
			departement: '04',
			epci: null,
			population: 900,
			anciensCodes: ['04099']
		});
	});
});

describe('buildCog on decoupage-administratif', () => {
	const real = realCogInput();

	it.each([
		['04', 198, 9],
		['03', 317, 11],
		['40', 327, 18]
	])('%s has %i communes', (dep, communes, minEpcis) => {
		const cog = buildCog(real, [dep]);
		expect(cog.communes).toHaveLength(communes);
		expect(cog.epcis.length).toBeGreaterThanOrEqual(minEpcis);
		expect(cog.communes.every((c) => c.epci !== null && (c.population ?? 0) > 0)).toBe(true);
	});

	it('includes the DROM, not the COM, and every EPCI member is a current commune', () => {
		const cog = buildCog(real);
		expect(cog.departements).toHaveLength(101);
		expect(cog.communes.some((c) => c.departement === '976')).toBe(true);
		expect(cog.communes.some((c) => c.departement === '987')).toBe(false);
		const codes = new Set(cog.communes.map((c) => c.code));
		expect(cog.epcis.flatMap((e) => e.membres).filter((m) => !codes.has(m))).toEqual([]);
		const straddling = cog.epcis.filter((e) => e.departements.length > 1);
		expect(straddling.length).toBeGreaterThan(0);
	});
});
