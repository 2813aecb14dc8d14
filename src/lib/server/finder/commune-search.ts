import type Database from 'better-sqlite3';
import {
	createCommuneIndex,
	resolveCommune,
	searchCommunes,
	type CommuneIndex,
	type Resolved
} from '../../analysis/commune-search';
import { arrondissementsForSearch, communesForSearch } from '../db/communes';
import { dataVersion } from '../db/data-version';

/** A built commune, or a municipal arrondissement with `parent` (its commune's code). */
type Found = ReturnType<typeof communesForSearch>[number] & { parent?: string };
const cache = new WeakMap<
	Database.Database,
	{
		version: number;
		index: CommuneIndex<Found>;
		byCode: Map<string, Found>;
		children: Map<string, Found[]>;
	}
>();

function prepared(db: Database.Database) {
	let c = cache.get(db);
	const version = dataVersion(db);
	if (!c || c.version !== version) {
		const rows: Found[] = [...communesForSearch(db), ...arrondissementsForSearch(db)];
		const children = new Map<string, Found[]>();
		for (const r of rows.filter((r) => r.parent).sort((a, b) => a.code.localeCompare(b.code)))
			children.set(r.parent as string, [...(children.get(r.parent as string) ?? []), r]);
		c = {
			version,
			index: createCommuneIndex(rows),
			byCode: new Map(rows.map((r) => [r.code, r])),
			children
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

/** One built commune (or municipal arrondissement) by INSEE code, with its point; or null. */
export function communeByCode(db: Database.Database, code: string): Found | null {
	return prepared(db).byCode.get(code) ?? null;
}

/** The municipal arrondissements of a commune (Paris: 1er to 20e), in order; none for most. */
export function arrondissementsOf(db: Database.Database, code: string): Found[] {
	return prepared(db).children.get(code) ?? [];
}

/** What a submitted search designates among the built communes (see analysis resolveCommune). */
export function resolveSearch(db: Database.Database, q: string): Resolved<Found> {
	return resolveCommune(prepared(db).index, q);
}
