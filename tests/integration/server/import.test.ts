import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { listImports } from '$lib/server/db/import-history';
import { lieuxForExport } from '$lib/server/db/lieux';
import { databaseSize } from '$lib/server/db/maintenance';
import { runImport } from '$lib/server/import/run-import';
import { undoImport } from '$lib/server/import/history';
import { toSchemaCsv, toSchemaRow } from '$lib/server/exports/schema-export';
import { buildFromOpendata, dumpImportTables as dump, openCopy } from '../../helpers/real-database';
import { tempDir } from '../../helpers/temp-dir';
import { validateRows } from '../../helpers/schema-validate';

const built = join(tempDir('maillage-import-'), 'built.sqlite');

const fixture = (name: string) =>
	new Uint8Array(readFileSync(resolve('tests/fixtures/import-messy', name)));
const example = new Uint8Array(readFileSync(resolve('data/examples/tournees-exemple.csv')));
const NOW = new Date('2026-11-23T10:00:00Z');
const lieuxFile = {
	bytes: fixture('lieux-import-04.csv'),
	file: 'lieux-import-04.csv',
	type: 'lieux' as const,
	now: NOW
};

describe('imports on a 04 database built from the real data', () => {
	buildFromOpendata(built);
	let db: Database.Database;
	beforeEach(() => {
		db = openCopy(built);
	});
	afterEach(() => db.close());

	it('dry run: counts everything, writes nothing', () => {
		const before = dump(db);
		const r = runImport(db, { ...lieuxFile, dryRun: true });
		expect(r.counts).toMatchObject({ read: 5, imported: 2, skipped: 1, rejected: 2 });
		expect(r.applied).toBe(false);
		expect(r.importId).toBeNull();
		expect(dump(db)).toBe(before);
		expect(listImports(db)).toEqual([]);
	});

	it('rejected rows without acceptPartial: nothing written, errors located in French', () => {
		const before = dump(db);
		const r = runImport(db, lieuxFile);
		expect(r.applied).toBe(false);
		expect(r.blockedBy).toMatch(/rejetée/);
		expect(r.issues.filter((i) => i.level === 'error')).toEqual([
			expect.objectContaining({ file: 'lieux-import-04.csv', line: 4, field: 'nom' }),
			expect.objectContaining({
				line: 5,
				field: 'code_insee',
				message: expect.stringMatching(/inconnue/)
			})
		]);
		expect(dump(db)).toBe(before);
	});

	it('accepted: adds the points, checks the commune name; undo restores the database exactly', () => {
		const before = dump(db);
		const lieux = db.prepare('SELECT count(*) FROM lieux').pluck().get() as number;
		const r = runImport(db, { ...lieuxFile, acceptPartial: true });
		expect(r.applied).toBe(true);
		expect(r.counts).toMatchObject({ imported: 2, updated: 0, rejected: 2, skipped: 1 });
		expect(db.prepare('SELECT count(*) FROM lieux').pluck().get()).toBe(lieux + 2);
		const added = db
			.prepare(
				"SELECT l.* FROM lieux l JOIN lieux_sources s ON s.lieu = l.id WHERE s.source = 'import-lieux' ORDER BY l.id"
			)
			.all() as {
			nom: string;
			commune: string;
			approximatif: number;
			date_maj: string;
			departement: string;
		}[];
		expect(added.map((l) => [l.nom, l.commune, l.approximatif, l.date_maj, l.departement])).toEqual(
			[
				['Espace numérique de Colmars', 'Colmars', 0, '2026-10-01', '04'],
				["Relais numérique d'Allos", 'Allos', 1, '2026-10-01', '04']
			]
		);
		expect(
			r.issues.some((i) => i.line === 3 && i.field === 'commune' && /Beauvezer/.test(i.message))
		).toBe(true);
		expect(db.prepare('SELECT count(*) FROM lieux_rtree').pluck().get()).toBe(lieux + 2);

		const again = runImport(db, { ...lieuxFile, acceptPartial: true });
		expect(again.counts).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });

		expect(undoImport(db, again.importId!).ok).toBe(true);
		const u = undoImport(db, r.importId!);
		expect(u).toMatchObject({ ok: true });
		expect(dump(db)).toBe(before);
		expect(undoImport(db, r.importId!).ok).toBe(false);
	});

	it('a failure thrown midway leaves the database as before', () => {
		db.exec(
			"CREATE TRIGGER boom BEFORE INSERT ON lieux_sources WHEN NEW.source_id = 'ok-2' BEGIN SELECT RAISE(ABORT, 'panne simulée'); END"
		);
		const before = dump(db);
		expect(() => runImport(db, { ...lieuxFile, acceptPartial: true })).toThrow(/panne simulée/);
		expect(dump(db)).toBe(before);
		expect(listImports(db)).toEqual([]);
	});

	it('tours: the example file adds the stops of the bus; undo removes them', () => {
		const before = dump(db);
		const r = runImport(db, {
			bytes: example,
			file: 'tournees-exemple.csv',
			type: 'tournees',
			now: NOW
		});
		expect(r.issues).toEqual([]);
		expect(r.counts).toMatchObject({ read: 9, imported: 9, rejected: 0 });
		const stops = db
			.prepare(
				'SELECT t.code_insee, t.horaires FROM tournees_arrets t JOIN lieux l ON l.id = t.lieu WHERE l.itinerant = 1 ORDER BY t.id'
			)
			.all();
		expect(stops[0]).toEqual({ code_insee: '04061', horaires: 'Tu[2] 09:00-12:00' });
		expect(undoImport(db, r.importId!).ok).toBe(true);
		expect(dump(db)).toBe(before);
	});

	it('statuses: the example file sets the four places of the COPIL; undo restores them', () => {
		const before = dump(db);
		const r = runImport(db, {
			bytes: new Uint8Array(readFileSync(resolve('data/examples/statuts-exemple.csv'))),
			file: 'statuts-exemple.csv',
			type: 'statut',
			now: NOW
		});
		expect(r.issues).toEqual([]);
		expect(r.counts).toMatchObject({ read: 4, updated: 4, rejected: 0 });
		expect(
			db
				.prepare(
					"SELECT nom, statut, fin_financement FROM lieux WHERE statut IS NOT NULL AND departement = '04' ORDER BY nom"
				)
				.all()
		).toEqual([
			{ nom: 'CCAS de Manosque', statut: 'actif', fin_financement: '2026-12-31' },
			{ nom: 'CCAS de digne les bains', statut: 'menace', fin_financement: '2026-06-20' },
			{ nom: 'Espace Collaboratif Equitable', statut: 'menace', fin_financement: '2026-10-31' },
			{ nom: 'MAIRIE D ORAISON', statut: 'en_projet', fin_financement: null }
		]);
		expect(undoImport(db, r.importId!).ok).toBe(true);
		expect(dump(db)).toBe(before);
	});

	it('tours: a new file replaces the tour; the older import cannot be undone first', () => {
		const first = runImport(db, { bytes: example, file: 't1.csv', type: 'tournees', now: NOW });
		const text = new TextDecoder().decode(example).split('\n').slice(0, 3).join('\n') + '\n';
		const second = runImport(db, {
			bytes: new TextEncoder().encode(text),
			file: 't2.csv',
			type: 'tournees',
			now: NOW
		});
		expect(second.counts).toMatchObject({ read: 2, unchanged: 2, removed: 7 });
		expect(db.prepare('SELECT count(*) FROM tournees_arrets').pluck().get()).toBe(2);
		expect(undoImport(db, first.importId!).message).toMatch(/Annulation impossible/);
		expect(undoImport(db, second.importId!).ok).toBe(true);
		expect(db.prepare('SELECT count(*) FROM tournees_arrets').pluck().get()).toBe(9);
	});

	it('export of 04 → import (lieux): lossless, nothing changes', () => {
		const before = dump(db);
		const rows = lieuxForExport(db, '04').map(toSchemaRow);
		expect(rows.length).toBe(
			db.prepare("SELECT count(*) FROM lieux WHERE departement = '04'").pluck().get()
		);
		expect(validateRows(rows)).toEqual([]);
		const r = runImport(db, {
			bytes: new TextEncoder().encode(toSchemaCsv(rows)),
			file: 'export-04.csv',
			type: 'lieux',
			now: NOW
		});
		expect(r.counts).toMatchObject({ read: rows.length, imported: 0, updated: 0, rejected: 0 });
		expect(r.counts.unchanged).toBe(rows.length);
		expect(dump(db)).toBe(before);
	});

	it('undo drops the change log of the import and gives its pages back', () => {
		const size = () => databaseSize(db);
		const rows = Array.from(
			{ length: 1500 },
			(_, i) =>
				`gros-${i},Atelier numérique ${i} ${'x'.repeat(1500)},Digne-les-Bains,04000,04070,Place ${i},44.09,6.23,Accès internet et matériel informatique,2026-10-01`
		);
		const r = runImport(db, {
			bytes: new TextEncoder().encode(
				'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj\n' +
					rows.join('\n')
			),
			file: 'gros.csv',
			type: 'lieux',
			now: NOW
		});
		expect(r.counts.imported).toBe(1500);
		const grown = size();
		expect(grown.changeRows).toBeGreaterThan(1500);
		expect(undoImport(db, r.importId!).ok).toBe(true);
		const after = size();
		expect(after.changeRows).toBe(0);
		expect(after.bytes).toBeLessThan(grown.bytes / 2);
		expect(listImports(db)[0]).toMatchObject({ id: r.importId, changements: 0 });
		expect(listImports(db)[0].annule_le).not.toBeNull();
	}, 60_000);
});
