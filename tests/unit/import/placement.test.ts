import { describe, expect, it } from 'vitest';
import { claimedDepartements, cogIndex, communeReference } from '$lib/import/commune-reference';
import { placeRecord, type Placement, type PlacementInput } from '$lib/import/placement';
import { COG, P, POSITIONS } from './placement-fixture';

const ref = communeReference(cogIndex(COG), POSITIONS);
const none: PlacementInput = {
	codeInsee: null,
	commune: null,
	codePostal: null,
	lat: null,
	lon: null,
	approximate: false
};
const rec = (r: Partial<PlacementInput>, at?: { lat: number; lon: number }) => ({
	...none,
	...r,
	...at
});
const fields = (l: { field: string }[]) => l.map((x) => x.field).sort();

/** The commune placeRecord finds, the fields it corrects and warns about, its confidence. */
function expectPlacement(
	input: PlacementInput,
	code: string | null,
	corrected: string[],
	warned: string[],
	confidence: Placement['confidence']
) {
	const p = placeRecord(input, ref);
	expect(p.code).toBe(code);
	expect(fields(p.corrected)).toEqual(corrected);
	expect(fields(p.warnings)).toEqual(warned);
	expect(p.confidence).toBe(confidence);
}

describe('placeRecord: the evidence that agrees wins', () => {
	// case, record, commune: placed with high confidence, nothing corrected, nothing to say
	it.each<[string, PlacementInput, string]>([
		[
			'all four agree',
			rec({ codeInsee: '04006', commune: 'Allos', codePostal: '04260' }, P.allos),
			'04006'
		],
		[
			'postcode of three communes and a name',
			rec({ commune: 'Colmars', codePostal: '04370' }),
			'04061'
		],
		['postcode of three communes and a position', rec({ codePostal: '04370' }, P.villars), '04240'],
		[
			'a position outside every contour, 10 km away: kept',
			rec({ codeInsee: '04006', commune: 'Allos' }, P.northOfAllos),
			'04006'
		],
		[
			'a commune without contour is named by a position within 3 km of its point',
			rec({ codePostal: '04170' }, P.thorameBasse),
			'04218'
		],
		[
			'a position in a shape two communes share names the one whose point is nearer',
			rec({ commune: 'Sannerville' }, P.sannerville),
			'14666'
		],
		[
			'a position the source marks as the commune point is not evidence',
			rec({ codeInsee: '04025', commune: 'Beauvezer', approximate: true }, P.allos),
			'04025'
		],
		[
			'a former code leads to today’s commune, the delegated commune’s name too',
			rec({ codeInsee: '04044', commune: 'Taloire', codePostal: '04120' }),
			'04039'
		],
		[
			'an article written after the name',
			rec({ codeInsee: '04144', commune: 'Palud-sur-Verdon (La)' }),
			'04144'
		]
	])('%s', (_, input, code) => expectPlacement(input, code, [], [], 'high'));

	// case, record, [commune, the fields corrected (each one said), confidence]
	it.each<[string, PlacementInput, [string, string[], Placement['confidence']]]>([
		[
			'the code names Digne, 35 km away; name, postcode and position say Allos',
			rec({ codeInsee: '04070', commune: 'Allos', codePostal: '04260' }, P.allos),
			['04006', ['code_insee'], 'medium']
		],
		[
			'code and postcode against the name: the name is corrected',
			rec({ codeInsee: '04006', commune: 'Beauvezer', codePostal: '04260' }),
			['04006', ['commune'], 'medium']
		],
		[
			'code against name, one each: the code wins the tie',
			rec({ codeInsee: '04006', commune: 'Beauvezer' }),
			['04006', ['commune'], 'low']
		],
		[
			'name and postcode against a far position: the position is replaced',
			rec({ codeInsee: '04006', commune: 'Allos', codePostal: '04260' }, P.manosque),
			['04006', ['latitude'], 'medium']
		],
		[
			'coordinates swapped (far off): code and postcode win over the name',
			rec({ codeInsee: '04025', commune: 'Allos', codePostal: '04370' }, { lat: 6.6, lon: 44.15 }),
			['04025', ['commune', 'latitude'], 'medium']
		],
		[
			'an unknown code, a name and a postcode',
			rec({ codeInsee: '04999', commune: 'Beauvezer', codePostal: '04370' }),
			['04025', ['code_insee'], 'high']
		],
		// placed by the name, then written as the COG writes it:
		[
			'a name that is the start of a commune’s name named by the postcode',
			rec({ commune: 'VILLARS', codePostal: '04370' }),
			['04240', ['commune'], 'high']
		],
		[
			'a name that a commune’s name named by the position starts',
			rec({ commune: 'Beauvezer Village' }, P.beauvezer),
			['04025', ['commune'], 'high']
		]
	])('%s', (_, input, [code, corrected, confidence]) =>
		expectPlacement(input, code, corrected, corrected, confidence)
	);

	// case, record, [commune, the fields warned about (nothing corrected), confidence]
	it.each<[string, PlacementInput, [string | null, string[], Placement['confidence']]]>([
		[
			'code against a position in the next commune: the code wins, the position stays',
			rec({ codeInsee: '04025' }, P.colmars),
			['04025', ['latitude'], 'low']
		],
		[
			'postcode of three communes, a misspelt name, no position: no commune',
			rec({ commune: 'Colmar', codePostal: '04370' }),
			[null, ['code_postal'], 'none']
		],
		[
			'a name shared with a commune far away, a postcode, a position next door: the name',
			rec({ commune: 'Beauvezer', codePostal: '04370' }, P.colmars),
			['04025', ['latitude'], 'low']
		],
		[
			'a short name is not matched by its first letters',
			rec({ commune: 'Colm', codePostal: '04370' }),
			[null, ['code_postal'], 'none']
		],
		// no point known there:
		[
			'Corsica: 20200 is Bastia (2B)',
			rec({ commune: 'Bastia', codePostal: '20200' }),
			['2B033', ['latitude'], 'high']
		],
		[
			'Corsica: 20167 is shared by Ajaccio and Afa, the name chooses',
			rec({ commune: 'Afa', codePostal: '20167' }),
			['2A001', ['latitude'], 'high']
		],
		[
			'outside the mapped territory: placed by code, name and postcode',
			rec({ codeInsee: '03190', commune: 'Moulins', codePostal: '03000' }),
			['03190', ['latitude'], 'high']
		],
		[
			'nothing known',
			rec({ codeInsee: '99999', codePostal: '99999' }),
			[null, ['code_insee', 'code_insee'], 'none']
		]
	])('%s', (_, input, [code, warned, confidence]) =>
		expectPlacement(input, code, [], warned, confidence)
	);
});

describe('placeRecord: what it returns', () => {
	it('says which field was corrected, from what to what, in French', () => {
		const p = placeRecord(
			rec({ codeInsee: '04070', commune: 'Allos', codePostal: '04260' }, P.allos),
			ref
		);
		expect(p.corrected).toEqual([{ field: 'code_insee', from: '04070', to: '04006' }]);
		expect(p.warnings[0].message).toBe(
			'Code INSEE 04070 (Digne-les-Bains) contredit par le nom, le code postal et la position : lieu placé à Allos (04006).'
		);
		// never moved to the code's commune: the record keeps its own position
		expect(p.position).toEqual({ ...P.allos, approximate: false });
		expect(p.departements).toEqual(['04']);
	});

	it('replaces a name that does not fit by the COG name, and keeps one that does', () => {
		expect(placeRecord(rec({ codeInsee: '04006', commune: 'Beauvezer' }), ref).commune).toBe(
			'Allos'
		);
		expect(placeRecord(rec({ codeInsee: '04006', commune: 'ALLOS' }), ref).commune).toBe('ALLOS');
		expect(placeRecord(rec({ codeInsee: '04044', commune: 'Taloire' }), ref).commune).toBe(
			'Taloire'
		);
	});

	it('gives a record without position its commune point, approximate', () => {
		expect(placeRecord(rec({ codeInsee: '04006' }), ref).position).toEqual({
			lat: 44.25,
			lon: 6.6,
			approximate: true
		});
		// outside the mapped territory there is no point to give, and it is said
		const moulins = placeRecord(rec({ codeInsee: '03190' }), ref);
		expect(moulins.position).toBeNull();
		expect(moulins.warnings).toEqual([
			{ field: 'latitude', message: 'Aucune position pour ce lieu ni pour sa commune.' }
		]);
	});

	it('without a commune, names the départements its evidence points to', () => {
		const shared = placeRecord(rec({ codePostal: '04370' }), ref);
		expect(shared.departements).toEqual(['04']);
		expect(shared.warnings[0].message).toMatch(/3 communes \(Beauvezer \(04025\), Colmars/);
		expect(placeRecord(rec({ codePostal: '20999' }), ref).departements).toEqual(['2A', '2B']);
	});
});

describe('claimedDepartements', () => {
	it.each([
		[{ codeInsee: '04999', codePostal: null }, ['04']],
		[{ codeInsee: '2b999', codePostal: null }, ['2B']],
		[{ codeInsee: null, codePostal: '20999' }, ['2A', '2B']],
		[{ codeInsee: '97209', codePostal: '97200' }, ['972']],
		[{ codeInsee: null, codePostal: null }, []]
	])('%j → %j', (r, deps) => expect(claimedDepartements(r)).toEqual(deps));
});
