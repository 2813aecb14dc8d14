import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runImport } from '$lib/server/import/run-import';
import type { ImportType } from '$lib/import/column-mapping';
import { buildFromOpendata, dumpImportTables as dump, openCopy } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir('maillage-hostile-');

const HEADER = 'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj';
const GOOD =
	'h-1,Atelier numérique,Digne-les-Bains,04000,04070,1 rue de l’Hubac,44.09,6.23,Aide aux démarches administratives,2025-04-01';
const text = (s: string) => new TextEncoder().encode(s);
let seed = 99;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** Broken files, each with the type it is sent as. */
const FILES: [string, ImportType, Uint8Array][] = [
	['empty.csv', 'lieux', new Uint8Array()],
	['header-only.csv', 'lieux', text(HEADER + '\n')],
	['truncated.csv', 'lieux', text(`${HEADER}\n${GOOD}\nh-2,Atelier tronqu`)],
	['binary.csv', 'lieux', Uint8Array.from({ length: 4096 }, () => Math.floor(rnd() * 256))],
	[
		'png-as-csv.csv',
		'lieux',
		Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
	],
	[
		'utf16.csv',
		'lieux',
		Uint8Array.from([0xff, 0xfe, ...Array.from(text(HEADER)).flatMap((b) => [b, 0])])
	],
	[
		'huge-line.csv',
		'lieux',
		text(`${HEADER}\n${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}`)
	],
	[
		'nested-quotes.csv',
		'lieux',
		text(
			`${HEADER}\n"h-3","Atelier ""le ""grand"" """,Digne,04000,04070,"rue ""x",44.09,6.23,"Aide aux démarches administratives",2025-04-01`
		)
	],
	[
		'unclosed-quote.csv',
		'lieux',
		text(`${HEADER}\n"h-4,Atelier,Digne,04000,04070,rue,44.09,6.23,x,2025-04-01`)
	],
	[
		'formula.csv',
		'lieux',
		text(
			`${HEADER}\nh-5,=CMD()|' /C calc'!A0,Digne,04000,04070,@SUM(1),44.09,6.23,Aide aux démarches administratives,2025-04-01`
		)
	],
	[
		'html-name.csv',
		'lieux',
		text(
			`${HEADER}\nh-6,<img src=x onerror=alert(1)>,Digne,04000,04070,<script>x</script>,44.09,6.23,Aide aux démarches administratives,2025-04-01`
		)
	],
	['bad-json.json', 'lieux', text('[{"id": "h-7", "nom": "Atelier"')],
	['json-object.json', 'lieux', text('{"id": "h-8"}')],
	['json-deep.json', 'lieux', text('['.repeat(5000) + ']'.repeat(5000))],
	[
		'nan-coords.csv',
		'lieux',
		text(
			`${HEADER}\nh-9,Atelier,Digne,04000,04070,rue,NaN,Infinity,Aide aux démarches administratives,2025-04-01`
		)
	],
	[
		'sql.csv',
		'lieux',
		text(
			`${HEADER}\nh-10,"x'); DROP TABLE lieux; --",Digne,04000,04070,rue,44.09,6.23,Aide aux démarches administratives,2025-04-01`
		)
	],
	['ifn-garbage.csv', 'ifn', text('code,total\n04070,onze\n04001,-3\n,\n')],
	['ifn-huge-number.csv', 'ifn', text('code,total,no_thd_coverage_rate\n04070,1e309,5\n')],
	[
		'illectronisme-empty-values.csv',
		'illectronisme',
		text('niveau,code,taux_illectronisme_pct\nepci,,\n,200068625,abc\n')
	],
	[
		'tournees-bad-hours.csv',
		'tournees',
		text(
			'lieu_id,code_insee,horaires\n1,04061,tous les mardis\n999999999,04061,Tu[2] 09:00-12:00\n'
		)
	],
	['tournees-no-columns.csv', 'tournees', text('a;b;c\n1;2;3\n')],
	['crlf-mixed-bom.csv', 'lieux', text(`\uFEFF${HEADER}\r\n${GOOD}\r\nh-11,Atelier 2,Digne\n`)],
	[
		'null-bytes.csv',
		'lieux',
		text(`${HEADER}\nh-12,Ate\u0000lier,Digne,04000,04070,rue,44.09,6.23,x,2025-04-01`)
	]
];

describe('the importer fed broken or hostile files', () => {
	const built = join(dir, 'built.sqlite');
	buildFromOpendata(built);
	let before = '';
	beforeAll(() => {
		const db = new Database(built, { readonly: true });
		before = dump(db);
		db.close();
	});

	it(`has at least 20 broken files (${FILES.length})`, () => {
		expect(FILES.length).toBeGreaterThanOrEqual(20);
	});

	it.each(FILES)('%s: no crash, no partial write, a clear report', (file, type, bytes) => {
		const db = openCopy(built);
		try {
			const r = runImport(db, { bytes, file, type });
			for (const i of r.issues) {
				expect(i.file).toBe(file);
				expect(i.message.length).toBeGreaterThan(5);
			}
			if (r.applied) {
				// Applied only when every row was good: no rejected row slipped into a partial write.
				expect(r.counts.rejected).toBe(0);
				expect(r.counts.imported + r.counts.updated).toBeGreaterThan(0);
			} else {
				expect(r.issues.length + (r.blockedBy ? 1 : 0)).toBeGreaterThan(0);
				expect(dump(db)).toBe(before);
			}
		} finally {
			db.close();
		}
	});

	it.each([
		['formula.csv', "=CMD()|' /C calc'!A0"],
		['html-name.csv', '<img src=x onerror=alert(1)>']
	])('%s: a hostile name is stored as plain text', (file, name) => {
		const [, type, bytes] = FILES.find((f) => f[0] === file)!;
		const db = openCopy(built);
		const r = runImport(db, { bytes, file, type });
		expect(r.applied).toBe(true);
		expect(db.prepare('SELECT nom FROM lieux WHERE nom = ?').pluck().get(name)).toBe(name);
		db.close();
	});
});
