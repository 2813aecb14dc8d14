import { describe, expect, it } from 'vitest';
import { createDatabase } from '$lib/server/db/connection';
import { runImport } from '$lib/server/import/run-import';
import type { ImportType } from '$lib/import/column-mapping';

const ROWS = 135_000;
const enc = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const many = (header: string, row: (i: number) => string) => [
	header,
	...Array.from({ length: ROWS }, (_, i) => row(i))
];

const FILES: [ImportType, () => Uint8Array][] = [
	[
		'ifn',
		() =>
			enc(
				many(
					'name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total',
					(i) => `E${i},epci,${200000000 + i},7.0,9.0,4.0,9.0,5.0,6.8`
				)
			)
	],
	[
		'illectronisme',
		() =>
			enc(
				many(
					'niveau,code,libelle,taux_illectronisme_pct,source,millesime',
					(i) => `epci,${200000000 + i},E${i},17,INSEE,2019`
				)
			)
	],
	[
		'tournees',
		() =>
			enc(
				many(
					'lieu_source_id,source,code_insee,latitude,longitude,libelle,horaires,valide_du,valide_au',
					(i) => `${i},france-services-2024,04061,,,Arrêt ${i},,,`
				)
			)
	],
	[
		'france-services',
		() =>
			enc(
				many(
					'id_fs,insee_dep,lib_fs,adresse,insee_com,code_postal,lib_com,latitude,longitude,telephone,format_fs',
					// A bad phone number: a warning on every row.
					(i) => `${i},04,France services ${i},,04001,04000,Aiglun,,,12,Fixe`
				)
			)
	]
];

// "RangeError: Maximum call stack size exceeded" came from `push(...rows)` on 130 000+ rows.
describe('imports of 130 000+ rows', () => {
	it.each(FILES)(
		'%s: a report, not a RangeError',
		(type, bytes) => {
			const db = createDatabase();
			const r = runImport(db, { bytes: bytes(), file: `gros-${type}.csv`, type, dryRun: true });
			expect(r.counts.read).toBe(ROWS);
			expect(r.applied).toBe(false);
			db.close();
		},
		120_000
	);
});
