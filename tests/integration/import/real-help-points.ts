// The national help-point files parsed whole, as the build reads them.
import { expect } from 'vitest';
import { parseAidantsConnect } from '../../../src/lib/import/aidants-connect';
import { parseBibliotheques } from '../../../src/lib/import/bibliotheques';
import { parseCnfs } from '../../../src/lib/import/cnfs';
import { parseCsv } from '../../../src/lib/import/csv';
import { parseDataInclusion } from '../../../src/lib/import/data-inclusion';
import { parseFranceServices } from '../../../src/lib/import/france-services';
import { parseLieuxV1 } from '../../../src/lib/import/mediation-v1';
import type { HelpPointRecord } from '../../../src/lib/import/types';
import { readSource, readSourceJson } from '../../helpers/opendata';

type Rows = Record<string, unknown>[];

/** Records whose INSEE code (else code postal) is in the département. */
export const inDep = (records: HelpPointRecord[], dep: string) =>
	records.filter((r) => (r.codeInsee ?? r.codePostal ?? '').startsWith(dep));

/** Checks how many records each département has, e.g. `{ '04': 16, '03': 24 }`. */
export function expectPerDep(records: HelpPointRecord[], counts: Record<string, number>) {
	for (const [dep, n] of Object.entries(counts)) expect(inDep(records, dep), dep).toHaveLength(n);
}

/** A commune lookup built from the staged communes file (communes and arrondissements). */
export function communeLookup() {
	const map = new Map<string, { lat: number; lon: number; nom: string }>();
	const csv = parseCsv(readSource('communes-latlng-2024'), 'communes.csv');
	for (const { data } of csv.rows) {
		if (data.commune_type === 'COMD' || !data.lat) continue;
		map.set(data.insee_com, { lat: Number(data.lat), lon: Number(data.lng), nom: data.commune });
	}
	return (code: string) => map.get(code) ?? null;
}

/** Each help-point source's real file, parsed, in the order the merge test has always used. */
export const REAL = {
	franceServices: () =>
		parseFranceServices(readSource('france-services-2024'), 'liste-fs-20240801.csv'),
	bibliotheques: () => parseBibliotheques(readSource('bibliotheques'), 'bib.csv'),
	aidantsConnect: () =>
		parseAidantsConnect(readSource('aidants-connect-2024'), 'ac.csv', communeLookup()),
	hubDuSud: () =>
		parseLieuxV1(readSourceJson<Rows>('hub-du-sud-2023'), 'hub.json', 'hub-du-sud-2023'),
	dataInclusion: () => parseDataInclusion(readSourceJson<Rows>('data-inclusion-2023'), 'di.json'),
	cnfs: () => parseCnfs(readSourceJson<Rows>('cnfs-2022'), 'cnfs.json')
};
