import type Database from 'better-sqlite3';
import type { CommuneDetail, CommuneFacts } from '../../types/coverage';
import type { ArrondissementRow, CommuneRow, IndicateurRow } from '../../types/rows';
import { shownIndicators } from './published';

/** A commune with its indicator values against its EPCI, département and France; or null. */
export function getCommune(db: Database.Database, code: string): CommuneDetail | null {
	const c = db
		.prepare<[string], CommuneFacts>(
			`SELECT c.code, c.nom, c.departement, c.epci, e.nom AS epci_nom, c.population, c.lat, c.lon, c.geom_status
			 FROM communes c LEFT JOIN epci e ON e.code = c.epci WHERE c.code = ?`
		)
		.get(code);
	if (!c) return null;
	const rows = db
		.prepare<
			[string, string, string],
			Pick<IndicateurRow, 'niveau' | 'code' | 'indicateur' | 'valeur' | 'methode' | 'source'>
		>(
			`SELECT niveau, code, indicateur, valeur, methode, source FROM indicateurs
			 WHERE (niveau = 'commune' AND code = ?) OR (niveau = 'epci' AND code = ?)
			    OR (niveau = 'departement' AND code = ?) OR niveau = 'france'`
		)
		.all(c.code, c.epci ?? '', c.departement);
	const out: CommuneDetail['indicateurs'] = {};
	const entry = (ind: string) =>
		(out[ind] ??= {
			commune: null,
			methode: null,
			niveau_source: null,
			epci: null,
			epci_origine: null,
			departement: null,
			france: null,
			source: null
		});
	for (const r of rows) {
		const o = entry(r.indicateur);
		if (r.niveau === 'commune') {
			o.commune = r.valeur;
			o.methode = r.methode;
			o.niveau_source = 'commune';
			o.source = r.source;
		} else if (r.niveau === 'epci' || r.niveau === 'departement' || r.niveau === 'france') {
			o[r.niveau] = r.valeur;
			o.source ??= r.source;
		}
	}
	if (c.epci)
		for (const [ind, shown] of Object.entries(shownIndicators(db, 'epci', c.epci))) {
			entry(ind).epci = shown.valeur;
			entry(ind).epci_origine = shown;
		}
	// Illectronisme is known by EPCI or département: the commune carries the finest one.
	const ill = out.illectronisme;
	if (ill && ill.commune == null) {
		ill.commune = ill.epci ?? ill.departement;
		ill.niveau_source = ill.epci != null ? 'epci' : ill.departement != null ? 'departement' : null;
	}
	return { ...c, indicateurs: out };
}

type SearchedColumns = 'code' | 'nom' | 'departement' | 'population' | 'lat' | 'lon';

/** Every built commune with its postcodes and point, for the search box. */
export function communesForSearch(
	db: Database.Database
): (Pick<CommuneRow, SearchedColumns> & { codesPostaux: string[] })[] {
	const rows = db
		.prepare<
			[],
			Pick<CommuneRow, SearchedColumns | 'codes_postaux'>
		>('SELECT code, nom, departement, codes_postaux, population, lat, lon FROM communes')
		.all();
	return rows.map(({ codes_postaux, ...r }) => ({
		...r,
		codesPostaux: codes_postaux ? codes_postaux.split('|') : []
	}));
}

/**
 * The municipal arrondissements (Paris, Lyon, Marseille) shaped as the search box's communes,
 * with `parent`, the code of their commune.
 */
export function arrondissementsForSearch(
	db: Database.Database
): (Pick<CommuneRow, SearchedColumns> & { codesPostaux: string[]; parent: string })[] {
	const rows = db
		.prepare<
			[],
			Pick<ArrondissementRow, Exclude<SearchedColumns, 'departement'> | 'codes_postaux'> &
				Pick<CommuneRow, 'departement'> & { parent: string }
		>(
			`SELECT a.code, a.nom, c.departement, a.codes_postaux, a.population, a.lat, a.lon, a.commune AS parent
			 FROM arrondissements a JOIN communes c ON c.code = a.commune`
		)
		.all();
	return rows.map(({ codes_postaux, ...r }) => ({
		...r,
		codesPostaux: codes_postaux ? codes_postaux.split('|') : []
	}));
}

type Extent = Record<'s' | 'n' | 'w' | 'e', number>;

/** South, north, west and east ends of a département's commune points, or null if it has none. */
export function communesExtent(db: Database.Database, dep: string): Extent | null {
	const r = db
		.prepare<
			[string],
			Extent | Record<keyof Extent, null>
		>('SELECT min(lat) s, max(lat) n, min(lon) w, max(lon) e FROM communes WHERE departement = ? AND lat IS NOT NULL')
		.get(dep);
	return r?.s == null ? null : r;
}

/** A commune's representative point, or null when unknown. */
export function communePoint(
	db: Database.Database,
	code: string
): Pick<CommuneRow, 'lat' | 'lon'> | null {
	return (
		db
			.prepare<
				[string],
				Pick<CommuneRow, 'lat' | 'lon'>
			>('SELECT lat, lon FROM communes WHERE code = ?')
			.get(code) ?? null
	);
}
