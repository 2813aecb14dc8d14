// Issue 14: the EPCI IFN shown is La MedNum's published one, the computed mean stays beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { territorySummary } from '$lib/server/territories/summary';
import { getCommune } from '$lib/server/db/communes';
import { sheetData } from '$lib/server/print/print-data';
import { parseSheetParams } from '$lib/params/print';
import { buildFromOpendata } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';

const out = join(tempDir('maillage-published-'), 'test.sqlite');

describe('published EPCI IFN (real open data, 04 and 84)', () => {
	buildFromOpendata(out, ['04', '84']);
	let db: Database.Database;
	beforeAll(() => {
		db = new Database(out, { readonly: true });
	});
	afterAll(() => db?.close());

	it.each([
		['04', '200068625', 'CC Alpes-Provence-Verdon', 7.652, 7.647],
		['04', '200040624', 'CC Pays d’Apt-Luberon', 6.157, 6.143],
		['84', '200040624', 'CC Pays d’Apt-Luberon', 6.157, 6.143]
	])('%s: %s (%s) shows %d published, keeps %d computed', async (dep, code, _, publie, calcule) => {
		const e = (await territorySummary(db, dep))?.epci?.find((x) => x.code === code);
		expect(e?.ifn.origine).toBe('publiee');
		expect(e?.ifn.valeur).toBeCloseTo(publie, 3);
		expect(e?.ifn.publiee).toEqual({ valeur: e?.ifn.valeur, source: 'ifn-epci-2023' });
		expect(e?.ifn.calculee?.valeur).toBeCloseTo(calcule, 3);
		expect(e?.ifn.calculee?.methode).toBe('moyenne_ponderee');
		// the comparison average is still the computed mean
		expect(e?.ifn_moyen).toBeCloseTo(calcule, 3);
	});

	it('the département has no published IFN: its computed mean, marked as such', async () => {
		const s = await territorySummary(db, '04');
		expect(s?.ifn).toMatchObject({ origine: 'calculee', publiee: null });
		expect(s?.ifn.valeur).toBe(s?.ifn_moyen);
	});

	it('the commune panel and the print show the same published figure', () => {
		const c = getCommune(db, '04173'); // Saint-André-les-Alpes, CC Alpes-Provence-Verdon
		expect(c?.indicateurs.ifn.epci).toBeCloseTo(7.652, 3);
		expect(c?.indicateurs.ifn.epci_origine?.origine).toBe('publiee');
		expect(c?.indicateurs.ifn_4g.epci).toBeCloseTo(9.588, 3); // a published sub-score
		const params = parseSheetParams(new URLSearchParams('territoire=200068625&theme=ifn'));
		if (!params.ok) throw new Error(params.error);
		const sheet = sheetData(db, params.value, {
			origin: 'http://localhost',
			now: new Date('2026-01-01')
		});
		expect(sheet.ok && sheet.value.summary).toEqual([
			'IFN de l’intercommunalité : 7,65 (publié par La MedNum).'
		]);
		expect(sheet.ok && sheet.value.sources.map((s) => s.titre)).toContain(
			'Indice de Fragilité Numérique 2023 (EPCI)'
		);
	});
});
