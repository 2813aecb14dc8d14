import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDatabase } from '$lib/server/db/connection';
import { runImport } from '$lib/server/import/run-import';
import type { ImportType } from '$lib/import/column-mapping';

/** Seven communes of the 04 with their published IFN 2023 total (as `npm run db:build` stores). */
const IFN_2023: [string, string, string, number][] = [
	['04001', 'Aiglun', '04510', 6.8],
	['04019', 'Barcelonnette', '04400', 6.8],
	['04049', 'Château-Arnoux-Saint-Auban', '04160|04600', 6.98],
	['04070', 'Digne-les-Bains', '04000', 6.53],
	['04088', 'Forcalquier', '04300', 7.4],
	['04112', 'Manosque', '04100', 6.64],
	['04209', 'Sisteron', '04200', 7.03]
];

function database() {
	const db = createDatabase();
	db.exec(`INSERT INTO sources (key, titre, producteur, licence, date, url) VALUES
		('cog', 'COG', 'INSEE', 'LO', '2025', ''), ('ifn-2023', 'IFN', 'La MedNum', '-', '2023', '');
		INSERT INTO departements (code, nom, source) VALUES ('04', 'Alpes-de-Haute-Provence', 'cog');`);
	const commune = db.prepare(
		"INSERT INTO communes (code, nom, departement, codes_postaux, lat, lon, geom_status, source) VALUES (?, ?, '04', ?, 44, 6, 'missing', 'cog')"
	);
	const ifn = db.prepare(
		"INSERT INTO indicateurs (niveau, code, indicateur, valeur, source, millesime) VALUES ('commune', ?, 'ifn', ?, 'ifn-2023', '2023')"
	);
	for (const [code, nom, cps, total] of IFN_2023) {
		commune.run(code, nom, cps);
		ifn.run(code, total);
	}
	return db;
}

const fixture = (name: string) =>
	new Uint8Array(readFileSync(`tests/fixtures/import-tables/${name}`));
const run = (
	name: string,
	type: ImportType,
	more: { dryRun?: boolean; replaceMillesime?: boolean }
) => {
	const db = database();
	const report = runImport(db, { bytes: fixture(name), file: name, type, ...more });
	const stored = (code: string) =>
		db
			.prepare("SELECT valeur FROM indicateurs WHERE code = ? AND indicateur = 'ifn'")
			.pluck()
			.get(code);
	return { report, stored, db };
};
const says = (r: { issues: { line: number; message: string }[] }, re: RegExp) =>
	r.issues.filter((i) => re.test(i.message)).map((i) => i.line);

describe('dry run of a table pasted from a roadmap PDF (IFN)', () => {
	const { report, stored } = run('ifn-feuille-de-route.csv', 'ifn', { dryRun: true });

	it('finds the header under the title, reads the codes under "Commune", drops the total and the note', () => {
		expect(says(report, /^En-tête trouvé ligne 3 /)).toEqual([3]);
		expect(
			says(report, /^Colonne « Commune » lue comme « code » d’après ses valeurs : 7 sur 7/)
		).toEqual([3]);
		expect(says(report, /total ou note sous le tableau/)).toEqual([11, 12]);
		expect(report.counts.read).toBe(7);
		expect(report.counts.rejected).toBe(0);
		expect(report.counts.updated).toBe(7);
	});

	it('reports the misspelt name on its file line', () => {
		expect(
			report.issues
				.filter((i) => i.field === 'name' && i.message.startsWith('« '))
				.map((i) => [i.line, i.message])
		).toEqual([[8, '« Forcalqier » lu comme Forcalquier (04088).']]);
	});

	it('warns that the values are of another millésime, and writes nothing', () => {
		expect(report.millesime).toMatchObject({
			source: 'ifn-2023',
			compared: 7,
			differing: 7,
			systematic: true
		});
		expect(
			says(
				report,
				/^Ces valeurs diffèrent systématiquement des valeurs enregistrées \(Indice de Fragilité Numérique 2023 \(communes\), La MedNum pour l’ANCT\) : autre millésime ou autre méthode \?/
			)
		).toEqual([1]);
		expect(report.applied).toBe(false);
		expect(stored('04070')).toBe(6.53);
	});
});

describe('applying a table of another millésime', () => {
	it('is refused without the confirmation', () => {
		const { report, stored } = run('ifn-feuille-de-route.csv', 'ifn', {});
		expect(report.applied).toBe(false);
		expect(report.blockedBy).toMatch(/autre millésime .* --remplacer-millesime/);
		expect(stored('04070')).toBe(6.53);
	});

	it('replaces the stored values with it', () => {
		const { report, stored } = run('ifn-feuille-de-route.csv', 'ifn', { replaceMillesime: true });
		expect(report.applied).toBe(true);
		expect(stored('04070')).toBe(5.5);
	});

	it('needs no confirmation when the values agree with the stored ones', () => {
		const db = database();
		const same = IFN_2023.map(([code, nom, , total]) => `${code},${nom},${total.toFixed(1)}`);
		const bytes = new TextEncoder().encode(['code,name,total', ...same].join('\n'));
		const report = runImport(db, { bytes, file: 'same.csv', type: 'ifn' });
		expect(report.millesime).toMatchObject({ compared: 7, systematic: false });
		expect(report.applied).toBe(true);
	});
});

describe('dry run of a spreadsheet export with misspelt commune names (lieux)', () => {
	const { report } = run('lieux-tableur-noms-mal-ecrits.csv', 'lieux', { dryRun: true });

	it('matches each name through its postcode and says so', () => {
		expect(
			report.issues
				.filter((i) => i.field === 'commune' && i.message.startsWith('« '))
				.map((i) => [i.line, i.message])
		).toEqual([
			[2, '« Forcalqier » lu comme Forcalquier (04088).'],
			[3, '« Digne les Bain » lu comme Digne-les-Bains (04070).'],
			[4, '« Sisteronn » lu comme Sisteron (04209).']
		]);
		expect(says(report, /Code INSEE déduit du code postal/)).toEqual([]); // placed by the placement rule, from the corrected name and postcode
		expect(report.counts).toMatchObject({ read: 4, imported: 4, rejected: 0 });
		expect(report.millesime).toBeNull();
	});
});
