import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { createDatabase } from '$lib/server/db/connection';
import { findHelp, nearestHelp } from '$lib/server/finder/find-help';
import { nearbyJson } from '$lib/server/finder/nearby-json';
import { openingState } from '$lib/analysis/opening-state';
import { haversineKm } from '$lib/analysis/geo';
import { random } from '../../helpers/random';

const HOURS = [
	null,
	'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
	'Tu,Th 14:00-18:00',
	'24/7',
	'le matin'
];
const SERVICES = [
	'',
	'Aide aux démarches administratives',
	'Maîtrise des outils numériques du quotidien'
];

let db: Database.Database;
beforeAll(() => {
	db = createDatabase();
	db.exec(
		`INSERT INTO sources (key, titre, producteur, licence, date) VALUES ('s', 'S', 'P', 'LO', '2024-01-01')`
	);
	const insert = db.prepare(
		`INSERT INTO lieux (id, kind, nom, adresse, code_postal, code_insee, commune, departement, lat, lon,
		  telephone, horaires, services, publics, frais, date_maj, source)
		 VALUES (?, ?, ?, ?, '04000', '04070', 'Digne', ?, ?, ?, ?, ?, ?, '', ?, '2024-01-01', 's')`
	);
	const r = random(12);
	for (let id = 1; id <= 300; id++)
		insert.run(
			id,
			id % 4 === 0 ? 'bibliotheque' : 'mediation',
			`Lieu « ${id} » "quoted"`,
			id % 5 ? `${id} rue de l’Hubac` : null,
			id % 7 ? '04' : '57',
			// a few places share a position: ties must come out as before
			id % 10 === 0 ? 44 : 43.5 + r(),
			id % 10 === 0 ? 6 : 5.5 + r(),
			id % 3 ? '+33492000000' : null,
			HOURS[id % HOURS.length],
			SERVICES[id % SERVICES.length],
			id % 2 ? 'Gratuit' : ''
		);
});

/** The API body as /api/lieux/proches wrote it with JSON.stringify before the prebuilt parts. */
function reference(at: { lat: number; lon: number }, filters: object, now: Date): string {
	const results = findHelp(db, at, filters, 10, now);
	return JSON.stringify({
		lieux: results.map((r) => ({
			id: r.lieu.id,
			nom: r.lieu.nom,
			type: r.lieu.kind,
			itinerant: r.lieu.itinerant === 1,
			adresse: r.lieu.adresse,
			code_postal: r.lieu.code_postal,
			commune: r.lieu.commune,
			code_insee: r.lieu.code_insee,
			lat: r.lieu.lat,
			lon: r.lieu.lon,
			distance_m: r.distanceM,
			trajet: r.trajet,
			ouverture: { etat: r.ouverture.kind, texte: r.ouverture.text },
			horaires: r.lieu.horaires,
			telephone: r.lieu.telephone,
			services: r.lieu.services ? r.lieu.services.split('|') : [],
			source: r.lieu.source,
			date_maj: r.lieu.date_maj
		}))
	});
}

describe('nearbyJson (the body of /api/lieux/proches)', () => {
	const r = random(5);
	const cases = Array.from({ length: 60 }, (_, i) => ({
		at: { lat: 43.4 + r() * 1.2, lon: 5.4 + r() * 1.2 },
		filters: [{}, { ouvertMaintenant: true }, { gratuit: true }, { services: [SERVICES[1]] }][
			i % 4
		],
		now: new Date(Date.parse('2025-11-10T00:00Z') + Math.floor(r() * 7 * 24 * 60) * 60_000)
	}));

	it('is the text JSON.stringify gives, query after query, at any time', () => {
		for (const c of cases)
			expect(nearbyJson(nearestHelp(db, c.at, c.filters, 10, c.now), c.now)).toBe(
				reference(c.at, c.filters, c.now)
			);
	});

	it('gives the nearest places first, with the opening state of their own hours', () => {
		const now = new Date('2025-11-10T10:00Z');
		const at = { lat: 43.9, lon: 5.9 };
		const body = JSON.parse(nearbyJson(nearestHelp(db, at, {}, 10, now), now)) as {
			lieux: { id: number; distance_m: number; horaires: string | null; ouverture: object }[];
		};
		const all = db.prepare('SELECT id, lat, lon FROM lieux').all() as {
			id: number;
			lat: number;
			lon: number;
		}[];
		const brute = all
			.map((l) => Math.round(haversineKm(at.lat, at.lon, l.lat, l.lon) * 1000))
			.sort((a, b) => a - b)
			.slice(0, 10);
		expect(body.lieux.map((l) => l.distance_m)).toEqual(brute);
		const deps = new Map(
			(
				db.prepare('SELECT id, departement FROM lieux').all() as {
					id: number;
					departement: string;
				}[]
			).map((l) => [l.id, l.departement])
		);
		for (const l of body.lieux) {
			const s = openingState(l.horaires, now, { departement: deps.get(l.id) });
			expect(l.ouverture).toEqual({ etat: s.kind, texte: s.text });
		}
	});

	it('keeps the holidays of each département apart for the same hours (Christmas in Moselle)', () => {
		const now = new Date('2025-12-25T09:00Z');
		const hits = nearestHelp(db, { lat: 44, lon: 6 }, {}, 50, now);
		const texts = new Map<string, Set<string>>();
		for (const h of hits.filter((x) => x.entry.lieu.horaires === HOURS[1])) {
			const dep = h.entry.lieu.departement as string;
			const body = JSON.parse(nearbyJson([h], now)).lieux[0];
			texts.set(dep, (texts.get(dep) ?? new Set()).add(body.ouverture.texte));
		}
		expect(texts.get('04')).toEqual(new Set(['Fermé, ouvre demain à 9 h']));
		expect(texts.get('57')).toEqual(new Set(['Fermé, ouvre lundi à 9 h']));
	});

	it('finds places whose ids are far apart (the map then falls back from an array)', () => {
		const sparse = createDatabase();
		sparse.exec(
			`INSERT INTO sources (key, titre, producteur, licence, date) VALUES ('s', 'S', 'P', 'LO', '2024-01-01')`
		);
		const insert = sparse.prepare(
			`INSERT INTO lieux (id, kind, nom, departement, lat, lon, date_maj, source)
			 VALUES (?, 'mediation', ?, '04', ?, 6, '2024-01-01', 's')`
		);
		for (const [id, lat] of [
			[3, 44.2],
			[999_999, 44.01],
			[70_000, 44.1]
		])
			insert.run(id, `Lieu ${id}`, lat);
		const hits = nearestHelp(sparse, { lat: 44, lon: 6 }, {}, 10, new Date());
		expect(hits.map((h) => h.entry.lieu.id)).toEqual([999_999, 70_000, 3]);
	});
});
