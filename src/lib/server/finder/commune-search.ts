import type Database from 'better-sqlite3';
import {
	createCommuneIndex,
	resolveCommune,
	searchCommunes,
	type CommuneIndex,
	type Resolved
} from '../../analysis/commune-search';
import { communesForSearch } from '../db/communes';
import { dataVersion } from '../db/data-version';

type Found = ReturnType<typeof communesForSearch>[number];
const cache = new WeakMap<
	Database.Database,
	{ version: number; index: CommuneIndex<Found>; byCode: Map<string, Found> }
>();

function prepared(db: Database.Database) {
	let c = cache.get(db);
	const version = dataVersion(db);
	if (!c || c.version !== version) {
		const rows = communesForSearch(db);
		c = {
			version,
			index: createCommuneIndex(rows),
			byCode: new Map(rows.map((r) => [r.code, r]))
		};
		cache.set(db, c);
	}
	return c;
}

/** Built communes matching a name, postcode or INSEE code, best first, with their point. */
export function suggestCommunes(db: Database.Database, q: string, limit = 8): Found[] {
	const c = prepared(db);
	return searchCommunes(c.index, q, limit);
}

/** One built commune by INSEE code, with its point; or null. */
export function communeByCode(db: Database.Database, code: string): Found | null {
	return prepared(db).byCode.get(code) ?? null;
}

/** What a submitted search designates among the built communes (see analysis resolveCommune). */
export function resolveSearch(db: Database.Database, q: string): Resolved<Found> {
	return resolveCommune(prepared(db).index, q);
}
