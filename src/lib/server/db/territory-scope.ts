import type Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import type { CommuneRow, DepartementRow, EpciRow, RegionRow } from '../../types/rows';
import type { TerritoryLevel, TerritoryRef } from '../../types/territory';
import { FRANCE, regionCode, regionUrlCode, territoryKind } from '../../params/territory';

/** A territory found in the database, whatever its level. */
export interface TerritoryScope extends TerritoryRef {
	/** Built départements holding its communes, the one with most communes first. */
	departements: string[];
	/** The levels above it, from France down to its parent (France has none). */
	fil: TerritoryRef[];
	/** Its outline (départements, EPCI, communes), when stored. */
	geometry: Geometry | null;
}

/**
 * SQL condition on `communes` (alias-free) selecting the communes of a territory. From France
 * down to a département it reads only the `departement` column, so `on` ('l.') puts it on
 * another table that has one (`lieux l`).
 */
export function communeCondition(
	niveau: TerritoryLevel,
	code: string,
	on = ''
): { where: string; params: string[] } {
	switch (niveau) {
		case 'france':
			return { where: '1 = 1', params: [] };
		case 'region':
			return {
				where: `${on}departement IN (SELECT code FROM departements WHERE region = ?)`,
				params: [regionCode(code)]
			};
		case 'departement':
			return { where: `${on}departement = ?`, params: [code] };
		case 'epci':
			return { where: 'epci = ?', params: [code] };
		case 'commune':
			return { where: 'code = ?', params: [code] };
	}
}

const ref = (code: string, nom: string, niveau: TerritoryLevel): TerritoryRef => ({
	code,
	nom,
	niveau
});

function regionRef(db: Database.Database, region: string | null): TerritoryRef[] {
	if (!region) return [];
	const r = db
		.prepare<
			[string],
			Pick<RegionRow, 'code' | 'nom'>
		>('SELECT code, nom FROM regions WHERE code = ?')
		.get(region);
	return r ? [ref(regionUrlCode(r.code), r.nom, 'region')] : [];
}

function departementFil(db: Database.Database, dep: string): TerritoryRef[] {
	const d = db
		.prepare<
			[string],
			Pick<DepartementRow, 'code' | 'nom' | 'region'>
		>('SELECT code, nom, region FROM departements WHERE code = ?')
		.get(dep);
	if (!d) return [FRANCE_REF];
	return [FRANCE_REF, ...regionRef(db, d.region), ref(d.code, d.nom, 'departement')];
}

const FRANCE_REF = ref(FRANCE, 'France', 'france');

/**
 * A territory by its code (`FR`, `R93`, `04`, an EPCI SIREN, a commune INSEE code), or null when
 * the code is malformed or the database holds none of its communes.
 */
export function findTerritory(db: Database.Database, code: string): TerritoryScope | null {
	const niveau = territoryKind(code);
	if (!niveau) return null;
	const { where, params } = communeCondition(niveau, code);
	const departements = db
		.prepare<string[], string>(
			`SELECT departement FROM communes WHERE ${where} GROUP BY departement ORDER BY count(*) DESC, departement`
		)
		.pluck()
		.all(...params);
	if (departements.length === 0) return null;
	const shaped = (table: string) =>
		db
			.prepare<
				[string],
				Pick<CommuneRow, 'code' | 'nom' | 'geometry'>
			>(`SELECT code, nom, geometry FROM ${table} WHERE code = ?`)
			.get(code);
	const geometry = (row: { geometry: string | null } | undefined) =>
		row?.geometry ? (JSON.parse(row.geometry) as Geometry) : null;
	switch (niveau) {
		case 'france':
			return { ...FRANCE_REF, departements, fil: [], geometry: null };
		case 'region': {
			const [r] = regionRef(db, regionCode(code));
			return r ? { ...r, departements, fil: [FRANCE_REF], geometry: null } : null;
		}
		case 'departement': {
			const row = shaped('departements');
			if (!row) return null;
			return {
				...ref(row.code, row.nom, niveau),
				departements,
				fil: departementFil(db, row.code).slice(0, -1),
				geometry: geometry(row)
			};
		}
		case 'epci': {
			const row = shaped('epci');
			if (!row) return null;
			// an EPCI straddling a border hangs under the département holding most of its communes
			return {
				...ref(row.code, row.nom, niveau),
				departements,
				fil: departementFil(db, departements[0]),
				geometry: geometry(row)
			};
		}
		case 'commune': {
			const row = db
				.prepare<
					[string],
					Pick<CommuneRow, 'code' | 'nom' | 'geometry' | 'epci' | 'departement'>
				>('SELECT code, nom, geometry, epci, departement FROM communes WHERE code = ?')
				.get(code);
			if (!row) return null;
			const epci = row.epci
				? db
						.prepare<
							[string],
							Pick<EpciRow, 'code' | 'nom'>
						>('SELECT code, nom FROM epci WHERE code = ?')
						.get(row.epci)
				: undefined;
			return {
				...ref(row.code, row.nom, niveau),
				departements,
				fil: [
					...departementFil(db, row.departement),
					...(epci ? [ref(epci.code, epci.nom, 'epci')] : [])
				],
				geometry: geometry(row)
			};
		}
	}
}

/** Commune codes of a territory. */
export function territoryCommuneCodes(
	db: Database.Database,
	t: Pick<TerritoryScope, 'niveau' | 'code'>
): string[] {
	const { where, params } = communeCondition(t.niveau, t.code);
	return db
		.prepare<string[], string>(`SELECT code FROM communes WHERE ${where} ORDER BY code`)
		.pluck()
		.all(...params);
}

/**
 * The parts of a territory, named, in name order: the régions of France, the départements of a
 * région, the EPCI of a département (each whole, even across a border), the communes of an EPCI;
 * with the built départements holding their communes (a straddling EPCI adds its neighbour's).
 */
export function territoryParts(
	db: Database.Database,
	t: Pick<TerritoryScope, 'niveau' | 'code'>
): { parts: TerritoryRef[]; departements: string[] } {
	const { where, params } = communeCondition(t.niveau, t.code);
	const named = (sql: string, niveau: TerritoryLevel, code = (c: string) => c) =>
		db
			.prepare<string[], { code: string; nom: string }>(sql)
			.all(...params)
			.map((r) => ref(code(r.code), r.nom, niveau))
			.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
	let parts: TerritoryRef[] = [];
	let members = { where, params };
	switch (t.niveau) {
		case 'france':
			parts = named(
				`SELECT code, nom FROM regions WHERE code IN (SELECT region FROM departements WHERE code IN (SELECT departement FROM communes WHERE ${where}))`,
				'region',
				regionUrlCode
			);
			break;
		case 'region':
			parts = named(
				`SELECT code, nom FROM departements WHERE code IN (SELECT departement FROM communes WHERE ${where})`,
				'departement'
			);
			break;
		case 'departement':
			parts = named(
				`SELECT code, nom FROM epci WHERE code IN (SELECT epci FROM communes WHERE ${where})`,
				'epci'
			);
			members = {
				where: `(${where}) OR epci IN (SELECT epci FROM communes WHERE ${where})`,
				params: [...params, ...params]
			};
			break;
		case 'epci':
			parts = named(`SELECT code, nom FROM communes WHERE ${where}`, 'commune');
			break;
		case 'commune':
			break;
	}
	const departements = db
		.prepare<string[], string>(
			`SELECT DISTINCT departement FROM communes WHERE ${members.where} ORDER BY departement`
		)
		.pluck()
		.all(...members.params);
	return { parts, departements };
}
