import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createDatabase } from '$lib/server/db/connection';
import { listImports } from '$lib/server/db/import-history';
import { lieuxForExport } from '$lib/server/db/lieux';
import { migrate, migrations } from '$lib/server/db/migrate';
import { getReport, insertReport, reportsOf } from '$lib/server/db/reports';
import { applyCorrection, placeForm } from '$lib/server/reports/apply-correction';
import { acceptReport, dismiss } from '$lib/server/reports/decide-report';
import { ReportLimiter, submitReport } from '$lib/server/reports/submit-report';
import { undoImport } from '$lib/server/import/history';
import { toSchemaRow } from '$lib/server/exports/schema-export';
import { HONEYPOT } from '$lib/import/report-form';

const NOW = new Date('2026-11-29T10:00:00Z');

/** Two communes of the 04 and one help point (id 7) with its source record. */
const DATA = `
	INSERT INTO sources (key, titre, producteur, licence, date) VALUES
	  ('hub-du-sud-2023', 'Lieux Hub du Sud', 'Hub du Sud', 'Licence Ouverte', '2023-05-17'),
	  ('cog', 'COG', 'INSEE', 'Licence Ouverte', '2025-01-01');
	INSERT INTO departements (code, nom, population, source) VALUES ('04', 'Alpes-de-Haute-Provence', 164000, 'cog');
	INSERT INTO epci (code, nom, population, source) VALUES ('200067437', 'CA Provence-Alpes-Agglomération', 47000, 'cog');
	INSERT INTO communes (code, nom, departement, epci, population, codes_postaux, lat, lon, geom_status, source) VALUES
	  ('04070', 'Digne-les-Bains', '04', '200067437', 16000, '04000', 44.0925, 6.2356, 'exact', 'cog'),
	  ('04039', 'Castellane', '04', NULL, 1500, '04120', 43.847, 6.513, 'exact', 'cog');
	INSERT INTO lieux (id, kind, nom, adresse, code_postal, code_insee, commune, departement, lat, lon,
	  telephone, horaires, horaires_brut, services, date_maj, source) VALUES
	  (7, 'mediation', 'Espace numérique', '12 rue de l’Hubac', '04000', '04070', 'Digne-les-Bains', '04',
	   44.093, 6.236, '+33492000000', 'Mo-Fr 09:00-12:00', 'Mo-Fr 09:00-12:00',
	   'Aide aux démarches administratives', '2023-05-17', 'hub-du-sud-2023');
	INSERT INTO lieux_sources VALUES (7, 'hub-du-sud-2023', 'abc', 'Espace numérique', '2023-05-17');
	INSERT INTO lieux_rtree VALUES (7, 44.093, 44.093, 6.236, 6.236);`;

let db: Database.Database;
beforeEach(() => {
	db = createDatabase();
	db.pragma('journal_mode = MEMORY'); // a refused correction must roll back
	db.exec(DATA);
});

const lieu = () => db.prepare('SELECT * FROM lieux WHERE id = 7').get() as Record<string, unknown>;
const report = (motif: string, valeur: string | null = null) =>
	insertReport(db, {
		lieu: 7,
		date: NOW.toISOString(),
		motif: motif as 'telephone',
		valeur,
		message: null,
		contact: null
	});
const exported = () => toSchemaRow(lieuxForExport(db, '04')[0]);

describe('migration 003 (reports)', () => {
	it('adds the reports table and lieux.verifie_le to a database of version 2, once', () => {
		const old = new Database(':memory:');
		for (const step of migrations('data').filter((m) => m.version <= 2)) old.exec(step.sql);
		old.pragma('user_version = 2');
		migrate(old, 'data');
		migrate(old, 'data');
		const cols = old.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('lieux');
		expect(cols).toContain('verifie_le');
		expect(old.prepare('SELECT count(*) FROM signalements').pluck().get()).toBe(0);
		expect(old.pragma('user_version', { simple: true })).toBe(migrations('data').length);
	});
});

describe('a resident’s report', () => {
	const send = (limiter: ReportLimiter, fields: Record<string, string>, address = '192.0.2.1') =>
		submitReport(db, limiter, { lieu: 7, address, fields, now: NOW });

	it('stores the report, its date and the contact given, nothing else', () => {
		const r = send(new ReportLimiter(), {
			motif: 'telephone',
			valeur: '04 92 11 22 33',
			contact: 'voisin@example.fr'
		});
		expect(r).toEqual({ status: 'sent' });
		expect(db.prepare('SELECT * FROM signalements').all()).toEqual([
			{
				id: 1,
				lieu: 7,
				date: NOW.toISOString(),
				motif: 'telephone',
				valeur: '+33492112233',
				message: null,
				contact: 'voisin@example.fr',
				statut: 'ouvert',
				traite_le: null,
				raison: null,
				import_id: null
			}
		]);
	});

	it('refuses an invalid form without counting it', () => {
		const limiter = new ReportLimiter({ perAddress: 1, addressWindowMs: 3_600_000, perDay: 200 });
		expect(send(limiter, { motif: 'telephone', valeur: 'abc' })).toMatchObject({
			status: 'invalid',
			errors: { valeur: expect.stringMatching(/Numéro non reconnu/) }
		});
		expect(send(limiter, { motif: 'ferme' })).toEqual({ status: 'sent' });
	});

	it('answers a robot as sent, counts it, and stores nothing', () => {
		const limiter = new ReportLimiter({ perAddress: 1, addressWindowMs: 3_600_000, perDay: 200 });
		expect(send(limiter, { motif: 'ferme', [HONEYPOT]: 'http://spam' })).toEqual({
			status: 'sent'
		});
		expect(db.prepare('SELECT count(*) FROM signalements').pluck().get()).toBe(0);
		expect(send(limiter, { motif: 'ferme' })).toMatchObject({ status: 'limited' });
	});

	it('limits each address per hour (an IPv6 /64 is one address) and the site per day', () => {
		const limiter = new ReportLimiter();
		for (let i = 0; i < 5; i++)
			expect(send(limiter, { motif: 'ferme' }, `2001:db8::${i}`).status).toBe('sent');
		const sixth = send(limiter, { motif: 'ferme' }, '2001:db8::ff');
		expect(sixth).toMatchObject({
			status: 'limited',
			retryAfterS: 3600,
			message: expect.stringMatching(/réessayez dans 60 minutes/)
		});
		expect(send(limiter, { motif: 'ferme' }, '192.0.2.9').status).toBe('sent');
		const small = new ReportLimiter({ perAddress: 5, addressWindowMs: 3_600_000, perDay: 2 });
		send(small, { motif: 'ferme' }, '192.0.2.1');
		send(small, { motif: 'ferme' }, '192.0.2.2');
		expect(send(small, { motif: 'ferme' }, '192.0.2.3')).toMatchObject({
			status: 'limited',
			message: expect.stringMatching(/trop de signalements aujourd’hui/)
		});
		expect(db.prepare('SELECT count(*) FROM signalements').pluck().get()).toBe(8);
	});
});

describe('accepting a report', () => {
	it('applies the proposed phone as an import; undo restores it and reopens the report', () => {
		const id = report('telephone', '+33492112233');
		const r = acceptReport(db, id, NOW);
		expect(r).toMatchObject({ ok: true, importId: 1 });
		expect(lieu().telephone).toBe('+33492112233');
		expect(exported().telephone).toBe('+33492112233');
		expect(getReport(db, id)).toMatchObject({ statut: 'accepte', import_id: 1 });
		expect(listImports(db)[0]).toMatchObject({
			type: 'correction',
			fichier: `Signalement n° ${id} · Espace numérique`,
			mises_a_jour: 1
		});
		// the source's date is the source's: a correction does not pretend the producer updated it
		expect(db.prepare('SELECT date_maj FROM lieux_sources').pluck().get()).toBe('2023-05-17');
		expect(undoImport(db, 1, NOW).ok).toBe(true);
		expect(lieu().telephone).toBe('+33492000000');
		expect(getReport(db, id)).toMatchObject({ statut: 'ouvert', import_id: null });
	});

	it('removes a closed place with its source records, settles its other reports, and undo puts all back', () => {
		const other = report('horaires', 'le matin');
		const id = report('ferme');
		const before = JSON.stringify(db.prepare('SELECT * FROM lieux').all());
		expect(acceptReport(db, id, NOW).ok).toBe(true);
		for (const t of ['lieux', 'lieux_sources', 'lieux_rtree'])
			expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
		expect(getReport(db, other)?.statut).toBe('accepte');
		expect(undoImport(db, 1, NOW).ok).toBe(true);
		expect(JSON.stringify(db.prepare('SELECT * FROM lieux').all())).toBe(before);
		expect(db.prepare('SELECT count(*) FROM lieux_rtree').pluck().get()).toBe(1);
		expect(reportsOf(db, '04', { open: true }).map((r) => r.id)).toEqual([other, id]);
	});

	it('leaves hours in words and reports without a value to the planner’s form', () => {
		expect(acceptReport(db, report('horaires', 'le matin'), NOW)).toMatchObject({
			ok: false,
			status: 400,
			message: expect.stringMatching(/Modifier puis accepter/)
		});
		expect(acceptReport(db, report('autre'), NOW).ok).toBe(false);
		expect(listImports(db)).toEqual([]);
	});

	it('is refused once the report is settled', () => {
		const id = report('telephone', '+33492112233');
		expect(dismiss(db, id, '  ', NOW)).toMatchObject({ ok: false, status: 400 });
		expect(dismiss(db, id, 'Numéro vérifié : il est juste.', NOW)).toMatchObject({ ok: true });
		expect(getReport(db, id)).toMatchObject({
			statut: 'ecarte',
			raison: 'Numéro vérifié : il est juste.'
		});
		expect(dismiss(db, id, 'encore', NOW)).toMatchObject({ ok: false, status: 409 });
		expect(acceptReport(db, id, NOW)).toMatchObject({ ok: false, status: 409 });
		expect(lieu().telephone).toBe('+33492000000');
	});
});

describe('a planner’s edit', () => {
	const edit = (values: Record<string, string>, extra = {}) =>
		applyCorrection(db, { lieu: 7, values, now: NOW, ...extra });

	it('starts from the place’s current values', () => {
		expect(placeForm(db, 7)?.values).toMatchObject({
			nom: 'Espace numérique',
			code_insee: '04070',
			telephone: '+33492000000',
			horaires: 'Mo-Fr 09:00-12:00',
			services: 'Aide aux démarches administratives'
		});
		expect(placeForm(db, 99)).toBeNull();
	});

	it.each([
		[{ telephone: 'abc' }, 'telephone', 'Numéro de téléphone invalide « abc ».'],
		[
			{ horaires: 'lundi 9h' },
			'horaires',
			'Horaires illisibles au format OpenStreetMap « lundi 9h ».'
		],
		[{ code_postal: '4' }, 'code_postal', 'Code postal invalide « 4 ».'],
		[
			{ commune: 'Castellane' },
			'commune',
			'La commune « Castellane » ne correspond pas à Digne-les-Bains (04070), désignée par le code INSEE, le code postal et la position.'
		],
		[{ latitude: '12', longitude: '6.2' }, 'latitude', 'Coordonnées hors de France (12, 6.2).'],
		[{ nom: '' }, 'nom', 'Champ obligatoire.'],
		[
			{ services: 'Cuisine' },
			'services',
			'Aucun service reconnu pour ce lieu. Valeur inconnue « Cuisine » ignorée.'
		]
	])(
		'refuses %j with a French message next to the field, writing nothing',
		(values, field, message) => {
			const before = lieu();
			const r = edit(values);
			expect(r).toMatchObject({ ok: false, status: 400, errors: { [field]: message } });
			expect(lieu()).toEqual(before);
			expect(listImports(db)).toEqual([]);
		}
	);

	it('saves valid values as they are read from a file, and marks the place checked', () => {
		const r = edit(
			{
				telephone: '04 92 11 22 33',
				horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00',
				services: 'Aide aux démarches administratives|Loisirs et créations numériques',
				site_web: 'www.espace.fr'
			},
			{ verify: true }
		);
		expect(r).toMatchObject({
			ok: true,
			message: expect.stringMatching(/corrigé et marqué comme vérifié/)
		});
		expect(lieu()).toMatchObject({
			telephone: '+33492112233',
			horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00',
			services: 'Aide aux démarches administratives|Loisirs et créations numériques',
			site_web: 'https://www.espace.fr',
			verifie_le: '2026-11-29',
			date_maj: '2023-05-17'
		});
		expect(exported().date_maj).toBe('2026-11-29');
	});

	it('moves a place to another commune, at the commune’s point until a position is given', () => {
		expect(edit({ code_postal: '04120', commune: 'Castellane', code_insee: '' })).toMatchObject({
			ok: false,
			errors: { code_insee: 'Champ obligatoire.' }
		});
		const r = edit({
			adresse: '2 rue Nationale',
			code_postal: '04120',
			commune: 'Castellane',
			code_insee: '04039'
		});
		expect(r.ok).toBe(true);
		expect(lieu()).toMatchObject({
			adresse: '2 rue Nationale',
			code_insee: '04039',
			commune: 'Castellane',
			lat: 43.847,
			approximatif: 1
		});
	});

	it('records a check alone as a verification, undone like an import', () => {
		expect(applyCorrection(db, { lieu: 7, verify: true, now: NOW })).toMatchObject({ ok: true });
		expect(listImports(db)[0].type).toBe('verification');
		expect(lieu().verifie_le).toBe('2026-11-29');
		expect(undoImport(db, 1, NOW).ok).toBe(true);
		expect(lieu().verifie_le).toBeNull();
	});

	it('says when there is nothing to save', () => {
		expect(edit({ telephone: '+33 4 92 00 00 00' })).toMatchObject({
			ok: false,
			status: 400,
			message: 'Aucune modification : rien n’a été enregistré.'
		});
		expect(listImports(db)).toEqual([]);
	});

	it('accepts the report it was opened from, and only that one', () => {
		const id = report('horaires', 'le matin seulement');
		const r = edit({ horaires: 'Mo-Fr 09:00-12:00; PH off' }, { report: id });
		expect(r.ok).toBe(true);
		expect(getReport(db, id)).toMatchObject({ statut: 'accepte', import_id: 1 });
		expect(edit({ horaires: 'Mo-Fr 09:00-11:00' }, { report: id })).toMatchObject({ status: 409 });
	});
});

describe('the inbox', () => {
	it('lists a territory’s open reports, by département and EPCI, with the place’s values', () => {
		const id = report('telephone', '+33492112233');
		expect(reportsOf(db, '04', { open: true })).toMatchObject([
			{ id, nom: 'Espace numérique', telephone: '+33492000000', valeur: '+33492112233' }
		]);
		expect(reportsOf(db, '04', { open: true, epci: '200067437' })).toHaveLength(1);
		expect(reportsOf(db, '04', { open: true, epci: '240400000' })).toHaveLength(0);
		expect(reportsOf(db, '03', { open: true })).toHaveLength(0);
	});
});
