/** What the import steps share: the file, the date, the issues and the database's territories. */
import type Database from 'better-sqlite3';
import type { ImportIssue } from '../../import/types';
import { builtTerritories, communeRefs, sourceKeys, type CommuneRef } from '../db/import-lookups';

/** What happened to one record of the file. */
export type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'rejected';

export interface ImportContext {
	file: string;
	/** Day of the import (YYYY-MM-DD). */
	date: string;
	issues: ImportIssue[];
	communes: Map<string, CommuneRef>;
	communesByPostcode: Map<string, CommuneRef[]>;
	deps: Set<string>;
	epcis: Set<string>;
	epciMembers: Map<string, string[]>;
	knownSources: Set<string>;
}

/** Load the territories of the database once per import. */
export function importContext(
	db: Database.Database,
	file: string,
	date: string,
	issues: ImportIssue[]
): ImportContext {
	const refs = communeRefs(db);
	const communes = new Map(refs.map((c) => [c.code, c]));
	const communesByPostcode = new Map<string, CommuneRef[]>();
	const epciMembers = new Map<string, string[]>();
	for (const c of refs) {
		for (const cp of c.codes_postaux.split('|').filter(Boolean))
			communesByPostcode.set(cp, [...(communesByPostcode.get(cp) ?? []), c]);
		if (c.epci) epciMembers.set(c.epci, [...(epciMembers.get(c.epci) ?? []), c.code]);
	}
	const { deps, epcis } = builtTerritories(db);
	return {
		file,
		date,
		issues,
		communes,
		communesByPostcode,
		deps,
		epcis,
		epciMembers,
		knownSources: sourceKeys(db)
	};
}
