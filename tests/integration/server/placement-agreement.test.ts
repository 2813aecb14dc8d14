/**
 * The build and the import place every help point alike: each record of every source, read
 * from the real open data through the source resolver, goes to the same commune (or nowhere)
 * whether the build of 04, 03 and 40 placed it or an import into that database would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildDatabase } from '$lib/server/build/build-database';
import { helpPointSources } from '$lib/server/build/help-points-step';
import { importContext, type ImportContext } from '$lib/server/import/context';
import { placeForImport } from '$lib/server/import/apply-help-points';
import { resolveSource, sourceRoots } from '$lib/server/sources/source-resolver';
import { parseCommunePoints } from '$lib/import/representative-point';
import { sourceInfo } from '$lib/import/sources';
import type { HelpPointRecord } from '$lib/import/types';

const DEPS = ['04', '03', '40'];
const dir = mkdtempSync(join(tmpdir(), 'maillage-placement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('placement of the build and of the import (real open data, 04, 03, 40)', () => {
	const roots = sourceRoots();
	let db: Database.Database;
	let ctx: ImportContext;
	let records: HelpPointRecord[];
	beforeAll(() => {
		const out = join(dir, 'built.sqlite');
		buildDatabase({ departements: DEPS, out, roots });
		db = new Database(out, { readonly: true });
		ctx = importContext(db, 'comparaison', '2026-11-29', []);
		// Code-only sources get a commune's point as in the build (the communes file's point).
		const csv = resolveSource(sourceInfo('communes-latlng-2024').path, roots);
		const points = new Map(
			parseCommunePoints(readFileSync(csv, 'utf8'), 'communes').records.map((p) => [p.code, p])
		);
		const ref = ctx.reference();
		const point = (code: string) => {
			const c = ref.current(code);
			const p = c ? (ref.point(c.code) ?? points.get(c.code)) : undefined;
			return c && p ? { lat: p.lat, lon: p.lon, nom: c.nom } : null;
		};
		records = helpPointSources(point, roots).flatMap(([, parse]) => parse().records);
	}, 240_000);
	afterAll(() => db?.close());

	it('puts every record in the same commune, or leaves it out in both', () => {
		// What the build did: the commune of the help point each source record ended in (a few
		// data·inclusion ids are used twice, so a record is known by its source, id and name).
		const built = new Map(
			(
				db
					.prepare(
						'SELECT s.source, s.source_id, s.nom, l.code_insee FROM lieux_sources s JOIN lieux l ON l.id = s.lieu'
					)
					.all() as { source: string; source_id: string; nom: string; code_insee: string }[]
			).map((r) => [`${r.source}|${r.source_id}|${r.nom}`, r.code_insee])
		);
		const disagree: string[] = [];
		let ours = 0;
		for (const r of records) {
			const byBuild = built.get(`${r.source}|${r.sourceId}|${r.nom}`) ?? 'hors base';
			const placed = placeForImport(ctx, r);
			const byImport = 'outcome' in placed ? 'hors base' : placed.commune.code;
			if (byBuild !== 'hors base' || byImport !== 'hors base') ours++;
			if (byBuild !== byImport)
				disagree.push(
					`${r.source}:${r.sourceId} « ${r.nom} » build ${byBuild}, import ${byImport}`
				);
		}
		expect(disagree).toEqual([]);
		// Every help point of the three départements was compared (901 source records today).
		expect(ours).toBe(built.size);
		expect(ours).toBeGreaterThan(850);
	});
});
