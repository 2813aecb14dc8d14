/**
 * Builds the national tile index from the database, level by level, coarsest first: the
 * national view (départements and help points) can be served while the EPCI, then the
 * communes are still being indexed.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import {
	tileCommunes,
	tileCommuneShapes,
	tileDepartements,
	tileEpci,
	tileEpciShapes,
	tileHelpPoints,
	territoryValues,
	communeValues
} from '../db/tiles-data';
import {
	communeLayer,
	departementLayer,
	epciLayer,
	helpPointLayer,
	nameLayer,
	type TileContext
} from './tile-features';
import { clusterPoints, cutLayer, type TileIndex } from './tile-index';

const require = createRequire(import.meta.url);

/** Région names by code, from the COG of @etalab/decoupage-administratif (as the build's territories). */
export function regionNames(): Record<string, string> {
	const regions: { code: string; nom: string }[] = require('@etalab/decoupage-administratif/data/regions.json');
	return Object.fromEntries(regions.map((r) => [r.code, r.nom]));
}

/** What every layer reads (the territories without their bigger shapes, their values). */
export function readTileContext(db: Database.Database): TileContext {
	return {
		departements: tileDepartements(db),
		epci: tileEpci(db),
		communes: tileCommunes(db),
		values: territoryValues(db),
		regions: regionNames()
	};
}

/** One step of the build: its name and how long it took. */
export interface BuildStep {
	step: string;
	ms: number;
}

/**
 * Index the national tiles into `index`, one step per `next()`: départements and help points
 * (the national view), then EPCI and commune names, then communes. The caller may answer
 * requests between steps (see canCut).
 */
export function* buildTileIndex(db: Database.Database, index: TileIndex): Generator<BuildStep> {
	let t = performance.now();
	const lap = (step: string): BuildStep => {
		const now = performance.now();
		const ms = Math.round(now - t);
		t = now;
		return { step, ms };
	};
	const ctx = readTileContext(db);
	index.shapes.departements = cutLayer(departementLayer(ctx));
	index.lieux = clusterPoints(helpPointLayer(tileHelpPoints(db)));
	yield lap('départements et lieux');
	index.shapes.epci = cutLayer(epciLayer(ctx, tileEpciShapes(db)));
	index.shapes.noms = cutLayer(nameLayer(ctx));
	yield lap('EPCI et noms');
	index.shapes.communes = cutLayer(communeLayer(ctx, tileCommuneShapes(db), communeValues(db)));
	yield lap('communes');
}
