/** What the import steps share: the file, the date, the issues and the database's territories. */
import type Database from 'better-sqlite3';
import { communeReference, type CommuneReference } from '../../import/commune-reference';
import type { ImportIssue } from '../../import/types';
import { communePositions } from '../db/commune-positions';
import { builtTerritories, communeRefs, sourceKeys, type CommuneRef } from '../db/import-lookups';
import { cogPlacementIndex } from '../sources/cog-input';

/** What happened to one record of the file. */
export type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'rejected';

export interface ImportContext {
	file: string;
	/** Day of the import (YYYY-MM-DD). */
	date: string;
	issues: ImportIssue[];
	communes: Map<string, CommuneRef>;
	/**
	 * The database's communes by postcode, for telling what a column of a pasted table holds;
	 * made on first use (a property, as the pure readers expect).
	 */
	readonly communesByPostcode: Map<string, CommuneRef[]>;
	deps: Set<string>;
	epcis: Set<string>;
	/** EPCI code → type (CC, CA, CU, METRO, MET69). */
	epciTypes: Map<string, string | null>;
	epciMembers: Map<string, string[]>;
	knownSources: Set<string>;
	/** The placement reference (the COG, with the database's points and contours), made once. */
	reference(): CommuneReference;
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
	const epciMembers = new Map<string, string[]>();
	for (const c of refs)
		if (c.epci) epciMembers.set(c.epci, [...(epciMembers.get(c.epci) ?? []), c.code]);
	const { deps, epcis, epciTypes } = builtTerritories(db);
	let reference: CommuneReference | undefined;
	let byPostcode: Map<string, CommuneRef[]> | undefined;
	return {
		file,
		date,
		issues,
		communes,
		get communesByPostcode() {
			return (byPostcode ??= communesByPostcode(refs));
		},
		deps,
		epcis,
		epciTypes,
		epciMembers,
		knownSources: sourceKeys(db),
		reference: () => (reference ??= communeReference(cogPlacementIndex(), communePositions(db)))
	};
}

/** Communes by each of their postcodes. */
function communesByPostcode(refs: CommuneRef[]): Map<string, CommuneRef[]> {
	const byPostcode = new Map<string, CommuneRef[]>();
	for (const c of refs)
		for (const cp of c.codes_postaux.split('|').filter(Boolean))
			byPostcode.set(cp, [...(byPostcode.get(cp) ?? []), c]);
	return byPostcode;
}
