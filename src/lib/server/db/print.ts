import type Database from 'better-sqlite3';
import type { CommuneRow, LieuRow, SourceRow } from '../../types/rows';

/** What a printed map shows of a help point. */
export type PrintLieu = Pick<
	LieuRow,
	'id' | 'kind' | 'nom' | 'commune' | 'code_insee' | 'lat' | 'lon' | 'itinerant'
>;

/** Help points of a département (by its column: some have no INSEE code). */
export function lieuxOfDepartement(db: Database.Database, dep: string): PrintLieu[] {
	return db
		.prepare<
			[string],
			PrintLieu
		>('SELECT id, kind, nom, commune, code_insee, lat, lon, itinerant FROM lieux WHERE departement = ? ORDER BY id')
		.all(dep);
}

/** Help points located in a set of communes (by INSEE code). */
export function lieuxInCommunes(db: Database.Database, codes: string[]): PrintLieu[] {
	if (codes.length === 0) return [];
	const wanted = new Set(codes);
	const deps = [...new Set(codes.map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2))))];
	const rows = db
		.prepare<string[], PrintLieu>(
			`SELECT id, kind, nom, commune, code_insee, lat, lon, itinerant FROM lieux
			 WHERE departement IN (${deps.map(() => '?').join(',')}) ORDER BY id`
		)
		.all(...deps);
	return rows.filter((r) => r.code_insee != null && wanted.has(r.code_insee));
}

/** The `sources` rows, for the "Sources" line. */
export function allSources(
	db: Database.Database
): Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'date'>[] {
	return db
		.prepare<
			[],
			Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'date'>
		>('SELECT key, titre, producteur, date FROM sources ORDER BY key')
		.all();
}

/** One indicator value of a territory, or null. */
export function indicatorValue(
	db: Database.Database,
	niveau: string,
	code: string,
	indicateur: string
): number | null {
	return (
		db
			.prepare<
				[string, string, string],
				number
			>('SELECT valeur FROM indicateurs WHERE niveau = ? AND code = ? AND indicateur = ? LIMIT 1')
			.pluck()
			.get(niveau, code, indicateur) ?? null
	);
}

/** Communes of a département (code, name), for the print form. */
export function communesOf(db: Database.Database, dep: string): Pick<CommuneRow, 'code' | 'nom'>[] {
	return db
		.prepare<
			[string],
			Pick<CommuneRow, 'code' | 'nom'>
		>('SELECT code, nom FROM communes WHERE departement = ? ORDER BY nom')
		.all(dep);
}

/** A commune named on a printed map. */
export type TownLabel = Pick<CommuneRow, 'code' | 'nom' | 'population'> & {
	lat: number;
	lon: number;
};

/** The most populated communes of some départements with a known point, largest first. */
export function largestCommunes(db: Database.Database, deps: string[], limit: number): TownLabel[] {
	if (deps.length === 0) return [];
	return db
		.prepare<(string | number)[], TownLabel>(
			`SELECT code, nom, population, lat, lon FROM communes
			 WHERE departement IN (${deps.map(() => '?').join(',')}) AND lat IS NOT NULL AND lon IS NOT NULL
			 ORDER BY population DESC, code LIMIT ?`
		)
		.all(...deps, limit);
}
