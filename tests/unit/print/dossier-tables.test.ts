import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	cellText,
	csvRecords,
	dossierTables,
	exposedCommunes,
	fundingEndsText,
	type DossierCommune,
	type DossierFacts
} from '../../../src/lib/print/dossier-tables';
import { paginate, DOSSIER_PAGE } from '../../../src/lib/print/dossier-pages';
import { dossierHtml, rowTexts } from '../../../src/lib/print/dossier-html';
import { crc32, zipStore } from '../../../src/lib/exports/zip';

const sub = { ifn_thd: 1, ifn_4g: 2, ifn_pauvrete: 3, ifn_65plus: 4, ifn_diplomes: 5 };
const commune = (code: string, ifn: number, ecart: number | null, zb = false): DossierCommune => ({
	code,
	nom: `Commune ${code}`,
	epci: 'CC Test',
	population: 100,
	ifn,
	ecart,
	zoneBlanche: zb,
	nearest: { nom: 'Médiathèque <b>', kind: 'bibliotheque', km: 12.3 }
});
const part = (code: string, nom: string, ifn: number | null) => ({
	code,
	nom,
	population: 1000,
	communes: 3,
	ifn,
	illectronisme: 18,
	lieux: { 'france-services': 1, mediation: 2 },
	itinerants: 1,
	per10k: 30
});
const facts: DossierFacts = {
	territoire: { code: '04', nom: 'Alpes', niveau: 'departement' },
	comparisons: [
		{
			code: '04',
			nom: 'Alpes',
			niveau: 'departement',
			ifn: 6.7,
			sous_indices: sub,
			illectronisme: 17.8
		},
		{ code: 'FR', nom: 'France', niveau: 'france', ifn: 5.3, sous_indices: sub, illectronisme: 15 }
	],
	reference: { label: 'Moyenne départementale', value: 6.71 },
	partLevel: 'epci',
	parts: [part('1', 'CC Basse', 5.9), part('2', 'CC Haute', 7.7), part('3', 'CC Sans', null)],
	communes: [
		commune('04001', 6.9, 0.2),
		commune('04002', 8.1, 1.4, true),
		commune('04003', 6, -0.7)
	],
	itinerants: [
		{ nom: 'Bus', kind: 'france-services', epci: 'CC Haute', arrets: 2, communes: ['A', 'B'] }
	],
	sources: [{ titre: 'IFN', producteur: 'La MedNum', date: '24 août 2023', mois: 39 }],
	freshnessByEpci: [{ nom: 'CC Haute', total: 4, anciens: 1 }],
	checked: []
};

describe('dossier tables', () => {
	const t = dossierTables(facts);

	it('sorts the parts by IFN and slots the reference average where it falls, marked', () => {
		const f = t['fragilite-parties'];
		expect(f.rows.map((r) => r[0])).toEqual([
			'CC Haute',
			'Moyenne départementale',
			'CC Basse',
			'CC Sans'
		]);
		expect(f.marked).toEqual([1]);
		expect(f.rows[1][3]).toBe(6.71);
	});

	it('lists the communes above the average, most fragile first, and the zones blanches', () => {
		expect(exposedCommunes(facts.communes).map((c) => c.code)).toEqual(['04002', '04001']);
		expect(t['communes-exposees'].rows.map((r) => r[0])).toEqual([
			'Commune 04002',
			'Commune 04001'
		]);
		expect(t['zones-blanches'].rows).toHaveLength(1);
		expect(t['communes-exposees'].rows[0].at(-1)).toBe(12.3);
	});

	it('counts help per kind present, with the total', () => {
		const h = t['lieux-par-partie'];
		expect(h.columns.map((c) => c.label)).toEqual([
			'Intercommunalité',
			'France services',
			'Médiation',
			'Total',
			'Dont itinérants',
			'Pour 10\u00a0000 hab.'
		]);
		expect(h.rows[0]).toEqual(['CC Basse', 1, 2, 3, 1, 30]);
	});

	it('gives every column a width and the widths of a table add up to 1', () => {
		for (const table of Object.values(t)) {
			const sum = table.columns.reduce((s, c) => s + c.width, 0);
			expect(sum, table.id).toBeCloseTo(1, 5);
			for (const row of table.rows) expect(row, table.id).toHaveLength(table.columns.length);
		}
	});

	it('prints numbers the French way and writes the CSV with the same rounding', () => {
		expect(cellText(6.712, 2)).toBe('6,71');
		expect(cellText(null, 2)).toBe('—');
		const csv = csvRecords(t['fragilite-comparaison']);
		expect(csv[0]['Illectronisme (%)']).toBe(17.8);
		expect(Object.keys(csv[0]).every((k) => !k.includes('\u00ad'))).toBe(true);
	});
});

describe('dossier pages', () => {
	const t = dossierTables(facts);

	it('splits a long table over pages, every row once, and gives the contents their pages', () => {
		const long = {
			...t['communes-exposees'],
			rows: Array.from({ length: 200 }, (_, i) => t['communes-exposees'].rows[i % 2])
		};
		const { pages, toc } = paginate(
			[
				{ type: 'h2', text: 'Un' },
				{ type: 'table', table: long },
				{ type: 'h2', text: 'Deux' },
				{ type: 'p', text: 'x' }
			],
			rowTexts,
			3
		);
		const chunks = pages.flat().filter((b) => b.type === 'table');
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.reduce((n, c) => n + (c.type === 'table' ? c.to - c.from : 0), 0)).toBe(200);
		expect(toc.filter((e) => e.level === 2)).toEqual([
			{ text: 'Un', page: 3, level: 2 },
			{ text: 'Deux', page: 3 + pages.length - 1, level: 2 }
		]);
		expect(DOSSIER_PAGE.content).toBeGreaterThan(250);
	});

	it('escapes every text from data and gives tables headers with a scope', () => {
		const { html, pages } = dossierHtml(
			{
				nom: 'A <script>',
				label: 'L',
				printedOn: '30 novembre 2026',
				liveUrl: 'http://x',
				sources: [],
				blocks: [
					{ type: 'h2', text: 'T' },
					{ type: 'table', table: t['communes-exposees'] }
				]
			},
			''
		);
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		expect(html).toContain('Médiathèque &lt;b&gt;');
		expect(html).toContain('<th scope="col"');
		expect(html).toContain('<th scope="row">');
		expect(pages).toBe(3);
	});
});

describe('zip', () => {
	it('computes the CRC-32 of the standard check value', () => {
		expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
	});

	it('writes an archive that unzip lists and extracts', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const file = join(dir, 'a.zip');
		writeFileSync(file, zipStore({ 'd/tableau.csv': 'a;b\r\n1;2', 'd/vide.csv': '' }));
		const list = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
		expect(list).toContain('d/tableau.csv');
		expect(list).toContain('2 files');
		expect(execFileSync('unzip', ['-p', file, 'd/tableau.csv'], { encoding: 'utf8' })).toBe(
			'a;b\r\n1;2'
		);
		execFileSync('unzip', ['-tq', file]);
	});
});

describe('fundingEndsText', () => {
	it('lists the places whose funding ends, with commune and date, and says where the dates come from', () => {
		const t = fundingEndsText([
			{ nom: 'Conseiller numérique de Riez', commune: 'Riez', fin: '2027-03-31' },
			{ nom: 'ECE de Malijai', commune: 'Malijai', fin: '2027-10-01' }
		]);
		expect(t).toBe(
			'Fin de financement ou de contrat dans les 12 mois (dates saisies par les planificateurs : aucune source ouverte ne les donne) : ' +
				'Conseiller numérique de Riez (Riez, 31 mars 2027) ; ECE de Malijai (Malijai, 1 octobre 2027).'
		);
	});

	it('gives the date alone when the commune is unknown', () => {
		expect(fundingEndsText([{ nom: 'Bus', commune: null, fin: '2027-04-30' }])).toMatch(
			/ : Bus \(30 avril 2027\)\.$/
		);
	});

	it('says that none is known rather than leave the question out', () => {
		expect(fundingEndsText([])).toMatch(
			/^Fin de financement ou de contrat : aucun lieu .* saisies par les planificateurs/
		);
	});
});
