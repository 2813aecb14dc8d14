/**
 * The resident finder beyond the pilots, on a database built from the real open data for
 * Corsica, Marseille, Réunion and Mayotte: arrondissements, the same land, overseas phones, and
 * the not-found message of a partial build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { finderPage } from '$lib/server/finder/finder-page';
import { parseFinderQuery } from '$lib/params/finder';
import { buildFromOpendata } from '../../helpers/real-database';

const dir = mkdtempSync(join(tmpdir(), 'maillage-finder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2025-03-12T10:00:00Z');

describe('the finder in 2A, 13, 974 and 976 (real open data)', () => {
	const out = join(dir, 'built.sqlite');
	buildFromOpendata(out, ['2A', '13', '974', '976']);
	const db = new Database(out, { readonly: true });
	afterAll(() => db.close());
	const find = (query: string) => finderPage(db, parseFinderQuery(new URLSearchParams(query)), now);

	it('takes a postcode of Marseille to its arrondissement, with distances', () => {
		const p = find('q=13005');
		expect(p.place).toMatchObject({ label: 'Marseille 5e Arrondissement', commune: '13205' });
		expect(p.place?.byCommune).toBe(false);
		expect(p.results.length).toBe(10);
		// places say how far they are (« À 650 m »), not « À Marseille »; a bus of the city comes to it
		for (const r of p.results)
			expect(r.distance.main).toMatch(
				r.dessert ? /^Intervient dans votre commune$/ : /^À (environ )?\d/
			);
	});

	it('offers the 16 arrondissements of Marseille once, not again as other communes', () => {
		const p = find('q=Marseille');
		expect(p.place?.commune).toBe('13055');
		expect(p.arrondissements.map((a) => a.code)).toEqual(
			Array.from({ length: 16 }, (_, i) => String(13201 + i))
		);
		expect(p.autres.filter((a) => a.code.startsWith('132'))).toEqual([]);
	});

	it('looks for help in Mayotte for Mamoudzou, even when few places suit the filters', () => {
		for (const q of ['q=Mamoudzou', 'q=Mamoudzou&samedi=1', 'q=Mamoudzou&besoins=enfant']) {
			const p = find(q);
			expect(p.place?.departement).toBe('976');
			for (const r of [...p.results, ...p.apart]) expect(r.codePostal, q).toMatch(/^976/);
		}
	});

	it('writes Réunion numbers as its residents dial them', () => {
		const phones = find('q=97400')
			.results.map((r) => r.telephone?.text)
			.filter(Boolean);
		expect(phones.length).toBeGreaterThan(0);
		for (const t of phones) expect(t).toMatch(/^0(262|263|692|693) /);
	});

	it('finds Ajaccio by name and postcode', () => {
		expect(find('q=Ajaccio').place?.commune).toBe('2A004');
		expect(find('q=20000').place?.commune).toBe('2A004');
	});

	it('a partial build names the départements it covers when a commune is not in them', () => {
		const p = find('q=Paris');
		expect(p.notFound).toBe(true);
		expect(p.couverture?.map((d) => d.code)).toEqual(['13', '2A', '974', '976']);
	});
});
