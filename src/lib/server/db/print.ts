import type Database from 'better-sqlite3';
import type { Geometry } from 'geojson';

/** A territory a sheet can be framed on, with the départements its communes lie in. */
export interface PrintTerritory {
	niveau: 'departement' | 'epci' | 'commune';
	code: string;
	nom: string;
	/** Built départements holding its communes, the one with most communes first. */
	departements: string[];
	geometry: Geometry | null;
}

/** A département, EPCI or commune by code, or null when it is not in the database. */
export function printTerritory(
	db: Database.Database,
	niveau: PrintTerritory['niveau'],
	code: string
): PrintTerritory | null {
	const table = { departement: 'departements', epci: 'epci', commune: 'communes' }[niveau];
	const row = db.prepare(`SELECT code, nom, geometry FROM ${table} WHERE code = ?`).get(code) as
		| { code: string; nom: string; geometry: string | null }
		| undefined;
	if (!row) return null;
	const column = { departement: 'departement', epci: 'epci', commune: 'code' }[niveau];
	const departements = db
		.prepare(
			`SELECT departement FROM communes WHERE ${column} = ? GROUP BY departement ORDER BY count(*) DESC`
		)
		.pluck()
		.all(code) as string[];
	if (departements.length === 0) return null;
	return {
		niveau,
		code: row.code,
		nom: row.nom,
		departements,
		geometry: row.geometry ? (JSON.parse(row.geometry) as Geometry) : null
	};
}

/** Commune codes of a territory. */
export function territoryCommuneCodes(db: Database.Database, t: PrintTerritory): string[] {
	const column = { departement: 'departement', epci: 'epci', commune: 'code' }[t.niveau];
	return db
		.prepare(`SELECT code FROM communes WHERE ${column} = ?`)
		.pluck()
		.all(t.code) as string[];
}

export interface PrintLieu {
	id: number;
	kind: string;
	nom: string;
	commune: string | null;
	code_insee: string | null;
	lat: number;
	lon: number;
	itinerant: number;
}

/** Help points of a département (by its column: some have no INSEE code). */
export function lieuxOfDepartement(db: Database.Database, dep: string): PrintLieu[] {
	return db
		.prepare(
			'SELECT id, kind, nom, commune, code_insee, lat, lon, itinerant FROM lieux WHERE departement = ? ORDER BY id'
		)
		.all(dep) as PrintLieu[];
}

/** Help points located in a set of communes (by INSEE code). */
export function lieuxInCommunes(db: Database.Database, codes: string[]): PrintLieu[] {
	if (codes.length === 0) return [];
	const wanted = new Set(codes);
	const deps = [...new Set(codes.map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2))))];
	const rows = db
		.prepare(
			`SELECT id, kind, nom, commune, code_insee, lat, lon, itinerant FROM lieux
			 WHERE departement IN (${deps.map(() => '?').join(',')}) ORDER BY id`
		)
		.all(...deps) as PrintLieu[];
	return rows.filter((r) => r.code_insee != null && wanted.has(r.code_insee));
}

/** The `sources` rows, for the "Sources" line. */
export function allSources(
	db: Database.Database
): { key: string; titre: string; producteur: string; date: string }[] {
	return db.prepare('SELECT key, titre, producteur, date FROM sources ORDER BY key').all() as {
		key: string;
		titre: string;
		producteur: string;
		date: string;
	}[];
}

/** One indicator value of a territory, or null. */
export function indicatorValue(
	db: Database.Database,
	niveau: string,
	code: string,
	indicateur: string
): number | null {
	const v = db
		.prepare(
			'SELECT valeur FROM indicateurs WHERE niveau = ? AND code = ? AND indicateur = ? LIMIT 1'
		)
		.pluck()
		.get(niveau, code, indicateur) as number | undefined;
	return v ?? null;
}

/** Communes of a département (code, name), for the print form. */
export function communesOf(db: Database.Database, dep: string): { code: string; nom: string }[] {
	return db
		.prepare('SELECT code, nom FROM communes WHERE departement = ? ORDER BY nom')
		.all(dep) as { code: string; nom: string }[];
}

/** A commune named on a printed map. */
export interface TownLabel {
	code: string;
	nom: string;
	population: number;
	lat: number;
	lon: number;
}

/** The most populated communes of some départements with a known point, largest first. */
export function largestCommunes(db: Database.Database, deps: string[], limit: number): TownLabel[] {
	if (deps.length === 0) return [];
	return db
		.prepare(
			`SELECT code, nom, population, lat, lon FROM communes
			 WHERE departement IN (${deps.map(() => '?').join(',')}) AND lat IS NOT NULL AND lon IS NOT NULL
			 ORDER BY population DESC, code LIMIT ?`
		)
		.all(...deps, limit) as TownLabel[];
}
