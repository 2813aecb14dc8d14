import type { CogLookup } from '../../../src/lib/import/column-inference';

/** A few communes of the Alpes-de-Haute-Provence and one EPCI, as the importer sees them. */
const COMMUNES: [code: string, nom: string, postcodes: string][] = [
	['04001', 'Aiglun', '04510'],
	['04013', 'Aubignosc', '04200'],
	['04016', 'Authon', '04200'],
	['04019', 'Barcelonnette', '04400'],
	['04027', 'Bevons', '04200'],
	['04049', 'Château-Arnoux-Saint-Auban', '04160|04600'],
	['04070', 'Digne-les-Bains', '04000'],
	['04088', 'Forcalquier', '04300'],
	['04111', 'Mane', '04300'],
	['04112', 'Manosque', '04100'],
	['04209', 'Sisteron', '04200']
];

export const COG: CogLookup = {
	communes: new Map(COMMUNES.map(([code, nom]) => [code, { code, nom }])),
	communesByPostcode: COMMUNES.reduce((m, [code, nom, cps]) => {
		for (const cp of cps.split('|')) m.set(cp, [...(m.get(cp) ?? []), { code, nom }]);
		return m;
	}, new Map<string, { code: string; nom: string }[]>()),
	epcis: new Set(['200067437', '240400440'])
};
