/**
 * What the national vector tiles are made of, read from the data database: the shapes of the
 * built départements, EPCI and communes, the values each level shows, and
 * the help points; and the frame (bounding box) of a territory for the national map.
 */
import type Database from 'better-sqlite3';
import { shownValue } from '../../analysis/published-value';
import { illectronismeReferences } from '../../analysis/references';
import { INDICATOR_KEYS } from '../../catalog/indicators';
import type { CommuneRow, DepartementRow, EpciRow, IndicateurRow, LieuRow } from '../../types/rows';
import { coverageCommunes, storedReferences } from './coverage-data';
import { geometryBbox, unionBbox, type Bbox } from '../../analysis/bbox';

export type TileDepartementRow = Pick<DepartementRow, 'code' | 'nom' | 'population' | 'geometry'>;
export type TileEpciRow = Pick<EpciRow, 'code' | 'nom' | 'population'>;
export type TileCommuneRow = Pick<
	CommuneRow,
	'code' | 'nom' | 'departement' | 'epci' | 'population' | 'lat' | 'lon'
>;
/** A shape (GeoJSON geometry as text) by territory code. */
export type TileShapeRow = Pick<CommuneRow, 'code' | 'geometry'>;
export type TileHelpPointRow = Pick<
	LieuRow,
	'id' | 'kind' | 'nom' | 'commune' | 'lat' | 'lon' | 'itinerant' | 'approximatif' | 'date_maj'
>;
/** Values shown for each territory of a level: code → indicator → value. */
export type LevelValues = Map<string, Record<string, number>>;

const BUILT = 'EXISTS (SELECT 1 FROM communes c WHERE c.departement = d.code)';
const EPCI_BUILT = 'EXISTS (SELECT 1 FROM communes c WHERE c.epci = e.code)';

/** The built départements (those with communes), with their shapes (small: 2 MB in all). */
export function tileDepartements(db: Database.Database): TileDepartementRow[] {
	return db
		.prepare<[], TileDepartementRow>(
			`SELECT d.code, d.nom, d.population, d.geometry FROM departements d
			 WHERE ${BUILT} ORDER BY d.code`
		)
		.all();
}

/** The EPCI with communes built. */
export function tileEpci(db: Database.Database): TileEpciRow[] {
	return db
		.prepare<
			[],
			TileEpciRow
		>(`SELECT e.code, e.nom, e.population FROM epci e WHERE ${EPCI_BUILT} ORDER BY e.code`)
		.all();
}

/** Their shapes. */
export function tileEpciShapes(db: Database.Database): TileShapeRow[] {
	return db
		.prepare<
			[],
			TileShapeRow
		>(`SELECT e.code, e.geometry FROM epci e WHERE ${EPCI_BUILT} ORDER BY e.code`)
		.all();
}

/** Every built commune with its representative point. */
export function tileCommunes(db: Database.Database): TileCommuneRow[] {
	return db
		.prepare<
			[],
			TileCommuneRow
		>(`SELECT code, nom, departement, epci, population, lat, lon FROM communes ORDER BY code`)
		.all();
}

/** Their shapes (28 MB of text for the whole country). */
export function tileCommuneShapes(db: Database.Database): TileShapeRow[] {
	return db.prepare<[], TileShapeRow>('SELECT code, geometry FROM communes ORDER BY code').all();
}

/** Every help point, with what its popup says. */
export function tileHelpPoints(db: Database.Database): TileHelpPointRow[] {
	return db
		.prepare<
			[],
			TileHelpPointRow
		>(`SELECT id, kind, nom, commune, lat, lon, itinerant, approximatif, date_maj FROM lieux ORDER BY id`)
		.all();
}

/**
 * The values the EPCI and the départements show, by the rules of the pages: their IFN scores as
 * shownValue chooses (published, else the weighted mean); their illectronisme by
 * illectronismeReferences (an EPCI's from the source only, a département's from the source or
 * the mean of its communes' painted rates).
 */
export function territoryValues(db: Database.Database): {
	epci: LevelValues;
	departement: LevelValues;
} {
	const epci = shownValues(db, 'epci');
	const departement = shownValues(db, 'departement');
	const ill = illectronismeReferences(everyCommune(db), storedReferences(db, 'illectronisme'));
	for (const [level, rates] of [
		[epci, ill.epci],
		[departement, ill.departement]
	] as const)
		for (const [code, rate] of Object.entries(rates))
			if (rate != null) level.set(code, { ...level.get(code), illectronisme: rate });
	return { epci, departement };
}

/**
 * Each commune's values as the département map has them: its own, with illectronisme painted
 * from the finest level the source has (coverageCommunes).
 */
export function communeValues(db: Database.Database): LevelValues {
	const out: LevelValues = new Map();
	for (const c of everyCommune(db)) {
		const v: Record<string, number> = {};
		for (const [k, x] of Object.entries(c.values)) if (x != null) v[k] = x;
		out.set(c.code, v);
	}
	return out;
}

/** The communes of every built département, as coverageCommunes gives them. */
function everyCommune(db: Database.Database) {
	return db
		.prepare<[], string>('SELECT DISTINCT departement FROM communes ORDER BY departement')
		.pluck()
		.all()
		.flatMap((dep) => coverageCommunes(db, dep));
}

/** The IFN scores a level shows (published value, else the computed mean), by code. */
function shownValues(db: Database.Database, niveau: 'epci' | 'departement'): LevelValues {
	const rows = db
		.prepare<
			[string, string],
			Pick<IndicateurRow, 'code' | 'indicateur' | 'valeur'> & { publiee: 0 | 1 }
		>(
			`SELECT code, indicateur, valeur, 1 AS publiee FROM indicateurs_publies WHERE niveau = ?
			 UNION ALL
			 SELECT code, indicateur, valeur, 0 FROM indicateurs WHERE niveau = ? AND methode = 'moyenne_ponderee'`
		)
		.all(niveau, niveau);
	const pairs = new Map<string, { pub?: number; calc?: number }>();
	for (const r of rows) {
		const key = `${r.code}|${r.indicateur}`;
		const p = pairs.get(key) ?? {};
		if (r.publiee) p.pub = r.valeur;
		else p.calc = r.valeur;
		pairs.set(key, p);
	}
	const out: LevelValues = new Map();
	for (const [key, p] of pairs) {
		const [code, indicateur] = key.split('|');
		if (!(INDICATOR_KEYS as readonly string[]).includes(indicateur)) continue;
		const shown = shownValue(
			p.pub == null ? null : { valeur: p.pub, source: '' },
			p.calc == null ? null : { valeur: p.calc, methode: 'moyenne_ponderee' }
		).valeur;
		if (shown != null) out.set(code, { ...out.get(code), [indicateur]: shown });
	}
	return out;
}

/**
 * The bounding box of the built départements of a région (its COG code, `93`), or of
 * metropolitan France when `region` is null; null when none is built.
 */
export function departementsFrame(db: Database.Database, region: string | null): Bbox | null {
	const rows = db
		.prepare<[{ region: string | null }], Pick<DepartementRow, 'geometry'>>(
			`SELECT d.geometry FROM departements d WHERE ${BUILT}
			 AND (@region IS NULL AND d.code NOT LIKE '97%' OR d.region = @region)`
		)
		.all({ region });
	return unionBbox(rows.map((r) => (r.geometry ? geometryBbox(JSON.parse(r.geometry)) : null)));
}

/** The built overseas départements (971…976), with their names and frames, for quick links. */
export function outreMerFrames(db: Database.Database): { code: string; nom: string; bbox: Bbox }[] {
	return db
		.prepare<[], Pick<DepartementRow, 'code' | 'nom' | 'geometry'>>(
			`SELECT d.code, d.nom, d.geometry FROM departements d
			 WHERE ${BUILT} AND d.code LIKE '97%' ORDER BY d.code`
		)
		.all()
		.flatMap((d) => {
			const bbox = d.geometry ? geometryBbox(JSON.parse(d.geometry)) : null;
			return bbox ? [{ code: d.code, nom: d.nom, bbox }] : [];
		});
}
