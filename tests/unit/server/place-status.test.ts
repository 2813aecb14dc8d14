import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createDatabase } from '$lib/server/db/connection';
import { listImports } from '$lib/server/db/import-history';
import { getPlaceStatus, placesEnding } from '$lib/server/db/place-status';
import { setPlaceStatus } from '$lib/server/places/set-status';
import { undoImport } from '$lib/server/import/history';
import { parsePlaceStatus } from '$lib/params/place-status';
import { runImport } from '$lib/server/import/run-import';

const DATA = `
	INSERT INTO sources (key, titre, producteur, licence, date) VALUES ('cog', 'COG', 'INSEE', 'Licence Ouverte', '2025-01-01');
	INSERT INTO departements (code, nom, population, source) VALUES ('04', 'Alpes-de-Haute-Provence', 164000, 'cog');
	INSERT INTO epci (code, nom, population, source) VALUES ('200067437', 'CA Provence-Alpes-Agglomération', 47000, 'cog');
	INSERT INTO communes (code, nom, departement, epci, population, codes_postaux, lat, lon, geom_status, source) VALUES
	  ('04108', 'Malijai', '04', '200067437', 2000, '04350', 44.04, 6.03, 'exact', 'cog');
	INSERT INTO lieux (id, kind, nom, adresse, code_postal, code_insee, commune, departement, lat, lon,
	  services, date_maj, source) VALUES
	  (7, 'mediation', 'Espace Collaboratif Equitable', '', '04350', '04108', 'Malijai', '04', 44.04, 6.03,
	   'Aide aux démarches administratives', '2023-05-17', 'cog');
	INSERT INTO lieux_sources (lieu, source, source_id, nom, date_maj) VALUES
	  (7, 'cog', 'ece-malijai', 'Espace Collaboratif Equitable', '2023-05-17');`;

let db: Database.Database;
beforeEach(() => {
	db = createDatabase();
	db.pragma('journal_mode = MEMORY');
	db.exec(DATA);
});

const form = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.set(k, v);
	return f;
};

describe('place status', () => {
	it('is set as an import, listed among the end dates, and undone', () => {
		const fields = parsePlaceStatus(
			form({ statut: 'menace', fin_financement: '2026-10-31', note_statut: 'COPIL du 21/01/2026' })
		);
		expect(fields.ok).toBe(true);
		if (!fields.ok) return;
		const r = setPlaceStatus(db, 7, fields.value, new Date('2026-02-01T10:00:00Z'));
		expect(r.ok).toBe(true);
		expect(getPlaceStatus(db, 7)).toMatchObject({
			statut: 'menace',
			fin_financement: '2026-10-31'
		});
		expect(listImports(db)[0]).toMatchObject({ type: 'statut' });
		const ending = placesEnding(db, '04', '2026-02-01', '2027-02-01');
		expect(ending.map((p) => [p.nom, p.epci_nom])).toEqual([
			['Espace Collaboratif Equitable', 'CA Provence-Alpes-Agglomération']
		]);
		expect(placesEnding(db, '04', '2026-11-01', '2027-11-01')).toEqual([]);
		expect(setPlaceStatus(db, 7, fields.value).ok).toBe(false); // nothing changed
		if (r.ok) expect(undoImport(db, r.importId).ok).toBe(true);
		expect(getPlaceStatus(db, 7)).toMatchObject({ statut: null, fin_financement: null });
	});

	it('leaves a closed place out of the end dates: nothing is left to fund', () => {
		const fin = { finFinancement: '2026-10-31', note: null };
		expect(setPlaceStatus(db, 7, { statut: 'ferme', ...fin }).ok).toBe(true);
		expect(placesEnding(db, '04', '2026-02-01', '2027-02-01')).toEqual([]);
		expect(setPlaceStatus(db, 7, { statut: 'menace', ...fin }).ok).toBe(true);
		expect(placesEnding(db, '04', '2026-02-01', '2027-02-01')).toHaveLength(1);
	});

	it.each([
		[{ statut: 'perdu' }, /« statut »/],
		[{ fin_financement: '2026-02-30' }, /« fin_financement »/],
		[{ fin_financement: 'octobre' }, /« fin_financement »/],
		[{ note_statut: 'x'.repeat(501) }, /« note_statut »/]
	])('refuses %j', (values, message) => {
		const p = parsePlaceStatus(form(values));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});

	it('answers 404 for an unknown place', () => {
		expect(
			setPlaceStatus(db, 99, { statut: 'actif', finFinancement: null, note: null })
		).toMatchObject({
			ok: false,
			status: 404
		});
	});
});

describe('status file import', () => {
	const file = (text: string) => ({
		bytes: new TextEncoder().encode(text),
		file: 'statuts.csv',
		type: 'statut' as const,
		now: new Date('2026-02-01T10:00:00Z')
	});
	const stored = () => getPlaceStatus(db, 7);

	it('sets the fields the file gives, keeps the others, and is undone', () => {
		setPlaceStatus(db, 7, { statut: 'actif', finFinancement: null, note: 'Saisie à la main' });
		const before = stored();
		const r = runImport(
			db,
			file('lieu_source_id;source;statut;fin_financement\nece-malijai;cog;menacé;31/10/2026\n')
		);
		expect(r).toMatchObject({ applied: true, counts: { read: 1, updated: 1, rejected: 0 } });
		expect(stored()).toMatchObject({
			statut: 'menace',
			fin_financement: '2026-10-31',
			note_statut: 'Saisie à la main'
		});
		expect(listImports(db)[0]).toMatchObject({ type: 'statut', fichier: 'statuts.csv' });
		expect(undoImport(db, r.importId as number).ok).toBe(true);
		expect(stored()).toEqual(before);
	});

	it('clears a value with « - »; a second identical file changes nothing', () => {
		setPlaceStatus(db, 7, { statut: 'menace', finFinancement: '2026-10-31', note: 'x' });
		const text = 'lieu_id,statut,fin_financement,note\n7,,-,-\n';
		expect(runImport(db, file(text)).counts.updated).toBe(1);
		expect(stored()).toMatchObject({ statut: 'menace', fin_financement: null, note_statut: null });
		expect(runImport(db, file(text)).counts).toMatchObject({ updated: 0, unchanged: 1 });
	});

	it.each([
		['lieu_id,statut\n99,actif\n', 2, 'lieu_id', /Lieu n° 99 introuvable dans la base/],
		[
			'lieu_source_id,source,statut\nabc,cog,actif\n',
			2,
			'lieu_source_id',
			/Lieu cog « abc » introuvable/
		],
		['lieu_id,statut\n7,actif\n7,menacé\n', 3, 'lieu_id', /déjà donné ligne 2/],
		['lieu_id,statut\n7,perdu\n', 2, 'statut', /Statut « perdu » inconnu/],
		['lieu_id,fin_financement\n7,2026-02-30\n', 2, 'fin_financement', /Date « 2026-02-30 »/]
	])('refuses %j without writing anything', (text, line, field, message) => {
		const before = stored();
		const r = runImport(db, file(text));
		expect(r.applied).toBe(false);
		expect(r.blockedBy).toMatch(/rien n’a été écrit/);
		const err = r.issues.find((i) => i.level === 'error');
		expect(err).toMatchObject({ file: 'statuts.csv', line, field });
		expect(err?.message).toMatch(message);
		expect(stored()).toEqual(before);
		expect(listImports(db)).toEqual([]);
	});
});
