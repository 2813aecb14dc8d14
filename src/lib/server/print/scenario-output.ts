/**
 * A saved scenario as a PDF (A4 landscape): the shapes and help points of its territory from the
 * sheets' queries, the evaluation from `sharedScenario`, drawn by `scenarioHtml` and printed by
 * the shared Chromium, through the print queue and a cache keyed by the scenario, the day and
 * the data version.
 */
import type Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { HELP_KINDS } from '../../catalog/kinds';
import { formatDate } from '../../labels';
import { scenarioFooter, scenarioHtml } from '../../print/scenario-sheet';
import { THEME_INFO } from '../../print/themes';
import { outlinesGeoJson } from '../db/carte';
import { dataVersion } from '../db/data-version';
import { lieuxOfDepartement } from '../db/print';
import { communeGeometries } from '../db/territoires';
import { sharedScenario } from '../scenarios/shared';
import { scenarioLink } from '../../params/saved-scenario';
import { FONT_FACES, taggedA4Pdf, withPage } from './print-browser';
import { PrintCache } from './print-cache';
import { sourcesFor, type PrintContext } from './print-data';
import type { PrintFile } from './print-output';
import { PrintNotFoundError } from './print-service';
import { printQueue } from './render-queue';

async function printScenario(
	db: Database.Database,
	id: number,
	ctx: PrintContext,
	signal?: AbortSignal
): Promise<PrintFile> {
	const found = await sharedScenario(db, id);
	if (!found.ok) throw new PrintNotFoundError(found.error);
	const shared = found.value;
	const inside = new Set(shared.communes.map((c) => c.code));
	const deps = [
		...new Set(
			shared.communes.map((c) =>
				c.code.startsWith('97') ? c.code.slice(0, 3) : c.code.slice(0, 2)
			)
		)
	];
	const geometries = new Map<string, Geometry>();
	const outlines: { geometry: Geometry; level: 'departement' | 'epci' }[] = [];
	for (const dep of deps) {
		for (const [code, g] of communeGeometries(db, dep))
			if (inside.has(code)) geometries.set(code, g);
		for (const f of outlinesGeoJson(db, dep).features)
			if (f.geometry)
				outlines.push({
					geometry: f.geometry,
					level: f.properties?.niveau === 'epci' ? 'epci' : 'departement'
				});
	}
	const points = deps
		.flatMap((d) => lieuxOfDepartement(db, d))
		.filter((l) => l.code_insee !== null && inside.has(l.code_insee))
		.map((l) => ({ id: l.id, lon: l.lon, lat: l.lat, kind: l.kind, itinerant: l.itinerant === 1 }));
	const kinds = HELP_KINDS.filter((k) => points.some((p) => p.kind === k));
	const data = {
		shared,
		geometries,
		outlines,
		points,
		kinds,
		sources: sourcesFor(db, THEME_INFO['zones-blanches'].sources),
		printedOn: ctx.now,
		url: ctx.origin + scenarioLink(shared.territoire.code, shared.scenario.jeton)
	};
	const html = scenarioHtml(data, FONT_FACES);
	const body = await withPage(
		{ width: 1123, height: 794 },
		async (page) => {
			await page.setContent(html, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			return taggedA4Pdf(page, { footer: scenarioFooter(data), landscape: true });
		},
		signal
	);
	return {
		body,
		type: 'application/pdf',
		filename: `scenario-${id}.pdf`,
		// the page objects of the file: the tables run onto as many pages as they need
		pages: body.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 1
	};
}

const cache = new PrintCache<PrintFile>({ maxEntries: 16, maxBytes: 16 * 1024 * 1024 });

/** The PDF of a saved scenario, cached per scenario version, day and data version. */
export function serveScenario(
	db: Database.Database,
	id: number,
	modifiedOn: string,
	ctx: PrintContext,
	signal?: AbortSignal
): Promise<PrintFile> {
	const day = formatDate(ctx.now.toISOString());
	const key = JSON.stringify(['scenario', id, modifiedOn, ctx.origin, day, dataVersion(db)]);
	return cache.getOrRender(
		key,
		(s) => printQueue.run((q) => printScenario(db, id, ctx, q), s),
		signal
	);
}
