import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../../../src/lib/import/csv';
import type { HelpPointRecord } from '../../../src/lib/import/types';

/** Root of the staged open data, when present (real-file tests are skipped otherwise). */
export const OPENDATA = process.env.OPENDATA_DIR ?? resolve('../shared/opendata');
export const hasOpendata = (path: string) => existsSync(join(OPENDATA, path));
export const readOpendata = (path: string) => readFileSync(join(OPENDATA, path), 'utf8');
export const fixture = (name: string) =>
	readFileSync(resolve('tests/fixtures/import', name), 'utf8');

/** Records whose INSEE code (else code postal) is in the département. */
export const inDep = (records: HelpPointRecord[], dep: string) =>
	records.filter((r) => (r.codeInsee ?? r.codePostal ?? '').startsWith(dep));

/** A commune lookup built from the staged communes file (communes and arrondissements). */
export function communeLookup() {
	const map = new Map<string, { lat: number; lon: number; nom: string }>();
	const csv = parseCsv(readOpendata('communes/communes-france-2024-latlng.csv'), 'communes.csv');
	for (const { data } of csv.rows) {
		if (data.commune_type === 'COMD' || !data.lat) continue;
		map.set(data.insee_com, { lat: Number(data.lat), lon: Number(data.lng), nom: data.commune });
	}
	return (code: string) => map.get(code) ?? null;
}
