import { describe, expect, it } from 'vitest';
import {
	diceCoefficient,
	matchHelpPoints,
	mergeHelpPoints,
	nameSimilarity,
	normaliseName
} from '../../../src/lib/import/dedup';
import { NO_DETAILS, type HelpPointRecord } from '../../../src/lib/import/types';

let n = 0;
function rec(p: Partial<HelpPointRecord>): HelpPointRecord {
	return {
		source: 'cnfs-2022',
		sourceId: String(++n),
		kind: 'conseiller-numerique',
		nom: 'Lieu',
		adresse: null,
		codePostal: '04000',
		codeInsee: '04070',
		commune: 'Digne-les-Bains',
		lat: 44.09,
		lon: 6.23,
		approximate: false,
		itinerant: false,
		...NO_DETAILS,
		services: [],
		publics: [],
		frais: [],
		priseRdv: null,
		dateMaj: '2022-01-01',
		...p
	};
}
const FS = { source: 'france-services-2024', kind: 'france-services' as const };

describe('name similarity', () => {
	it.each([
		['France services de Digne-les-Bains', 'Digne-les-Bains', ''],
		['Médiathèque François-Mitterrand', 'Digne', 'mediatheque francois mitterrand'],
		["Bibliothèque d'Entrevaux", 'Entrevaux', 'bibliotheque']
	])('normaliseName(%s, %s) → %s', (name, commune, expected) => {
		expect(normaliseName(name, commune)).toBe(expected);
	});

	it.each([
		['grenier numerique', 'grenier numerique', 1],
		['mediatheque', 'mediatheque municipale', 1],
		['', '', 1],
		['', 'mairie', 0],
		['mairie', 'poste', 0]
	])('nameSimilarity(%s, %s) → %d', (a, b, expected) => {
		expect(nameSimilarity(a, b)).toBe(expected);
	});

	it('computes Dice on bigrams', () => {
		expect(diceCoefficient('night', 'nacht')).toBeCloseTo(0.25);
	});
});

describe('matchHelpPoints', () => {
	const base = rec({ nom: 'Grenier Numérique' });
	it.each([
		['same name, same place', rec({ ...FS, nom: 'GRENIER NUMERIQUE' }), 'nom'],
		['same name, 1 km apart', rec({ ...FS, nom: 'Grenier numérique', lat: 44.099 }), null],
		[
			'same name, approximate position',
			rec({ ...FS, nom: 'Grenier numérique', lat: 44.2, approximate: true }),
			'nom'
		],
		[
			'same name, other commune',
			rec({ ...FS, nom: 'Grenier numérique', codeInsee: '04112' }),
			null
		],
		['same source', rec({ nom: 'Grenier numérique' }), null],
		['other name', rec({ ...FS, nom: 'Mairie' }), null],
		['same phone', rec({ ...FS, nom: 'Mairie', telephone: '+33492000000' }), null],
		['library and other place', rec({ ...FS, nom: 'Médiathèque Grenier Numérique' }), null]
	])('%s', (_label, other, rule) => {
		expect(matchHelpPoints(base, other)?.rule ?? null).toBe(rule);
	});

	it('merges on the same phone in the same commune, even far apart', () => {
		const a = rec({ nom: 'Maison de Pays', telephone: '+33492683317' });
		const b = rec({ ...FS, nom: 'France services', telephone: '+33492683317', lat: 44.1 });
		expect(matchHelpPoints(a, b)?.rule).toBe('telephone');
	});

	it('compares codes postaux when an INSEE code is missing', () => {
		const a = rec({ nom: 'APPASE', codeInsee: null });
		expect(matchHelpPoints(a, rec({ ...FS, nom: 'APPASE' }))?.rule).toBe('nom');
		expect(
			matchHelpPoints(a, rec({ ...FS, nom: 'APPASE', codeInsee: null, codePostal: '04100' }))
		).toBeNull();
	});

	it('matches two France services names in the same commune', () => {
		const a = rec({ ...FS, nom: 'France services La Poste de Valensole', commune: 'Valensole' });
		const b = rec({
			source: 'hub-du-sud-2023',
			nom: 'France services Valensole',
			commune: 'Valensole'
		});
		expect(matchHelpPoints(a, b)?.rule).toBe('nom');
	});
});

describe('mergeHelpPoints', () => {
	it('picks the primary by source priority and keeps every record', () => {
		const cnfs = rec({ nom: 'France services Digne' });
		const fs = rec({ ...FS, nom: 'France services de Digne-les-Bains' });
		const ac = rec({
			source: 'aidants-connect-2024',
			kind: 'aidants-connect',
			nom: 'France Services Digne',
			approximate: true
		});
		const { points, stats } = mergeHelpPoints([ac, cnfs, fs]);
		expect(points).toHaveLength(1);
		expect(points[0].primary).toBe(fs);
		expect(points[0].kind).toBe('france-services');
		expect(points[0].id).toBe(`france-services-2024:${fs.sourceId}`);
		expect(points[0].records).toEqual([fs, cnfs, ac]);
		expect(stats).toEqual({
			records: 3,
			points: 1,
			multiSource: 1,
			merges: { nom: 2, telephone: 0 }
		});
	});

	it('prefers a precise position for the primary', () => {
		const fs = rec({ ...FS, nom: 'Grenier', lat: null, lon: null });
		const cnfs = rec({ nom: 'Grenier' });
		expect(mergeHelpPoints([fs, cnfs]).points[0].primary).toBe(cnfs);
	});

	it('never puts two records of one source in a point', () => {
		const a = rec({ nom: 'Grenier' });
		const b = rec({ nom: 'Grenier' });
		const c = rec({ ...FS, nom: 'Grenier' });
		const { points } = mergeHelpPoints([a, b, c]);
		expect(points).toHaveLength(2);
		for (const p of points)
			expect(new Set(p.records.map((r) => r.source)).size).toBe(p.records.length);
	});

	it('does not modify its input', () => {
		const input = [rec({ nom: 'B' }), rec({ ...FS, nom: 'A' })];
		const copy = structuredClone(input);
		mergeHelpPoints(input);
		expect(input).toEqual(copy);
	});
});
