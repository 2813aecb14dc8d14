import type Database from 'better-sqlite3';

export interface CommuneDetail {
	code: string;
	nom: string;
	departement: string;
	epci: string | null;
	epci_nom: string | null;
	population: number;
	lat: number | null;
	lon: number | null;
	geom_status: string;
	/** indicator → { commune, epci, departement, france } with the method and source of each. */
	indicateurs: Record<
		string,
		{
			commune: number | null;
			methode: string | null;
			niveau_source: string | null;
			epci: number | null;
			departement: number | null;
			france: number | null;
			source: string | null;
		}
	>;
}

/** A commune with its indicator values against its EPCI, département and France; or null. */
export function getCommune(db: Database.Database, code: string): CommuneDetail | null {
	const c = db
		.prepare(
			`SELECT c.code, c.nom, c.departement, c.epci, e.nom AS epci_nom, c.population, c.lat, c.lon, c.geom_status
			 FROM communes c LEFT JOIN epci e ON e.code = c.epci WHERE c.code = ?`
		)
		.get(code) as Omit<CommuneDetail, 'indicateurs'> | undefined;
	if (!c) return null;
	const rows = db
		.prepare(
			`SELECT niveau, code, indicateur, valeur, methode, source FROM indicateurs
			 WHERE (niveau = 'commune' AND code = ?) OR (niveau = 'epci' AND code = ?)
			    OR (niveau = 'departement' AND code = ?) OR niveau = 'france'`
		)
		.all(c.code, c.epci ?? '', c.departement) as {
		niveau: string;
		code: string;
		indicateur: string;
		valeur: number;
		methode: string;
		source: string;
	}[];
	const out: CommuneDetail['indicateurs'] = {};
	for (const r of rows) {
		const o = (out[r.indicateur] ??= {
			commune: null,
			methode: null,
			niveau_source: null,
			epci: null,
			departement: null,
			france: null,
			source: null
		});
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
	// Illectronisme is known by EPCI or département: the commune carries the finest one.
	const ill = out.illectronisme;
	if (ill && ill.commune == null) {
		ill.commune = ill.epci ?? ill.departement;
		ill.niveau_source = ill.epci != null ? 'epci' : ill.departement != null ? 'departement' : null;
	}
	return { ...c, indicateurs: out };
}

/** Every built commune with its postcodes and point, for the search box. */
export function communesForSearch(db: Database.Database): {
	code: string;
	nom: string;
	departement: string;
	codesPostaux: string[];
	population: number;
	lat: number | null;
	lon: number | null;
}[] {
	const rows = db
		.prepare('SELECT code, nom, departement, codes_postaux, population, lat, lon FROM communes')
		.all() as {
		code: string;
		nom: string;
		departement: string;
		codes_postaux: string;
		population: number;
		lat: number | null;
		lon: number | null;
	}[];
	return rows.map(({ codes_postaux, ...r }) => ({
		...r,
		codesPostaux: codes_postaux ? codes_postaux.split('|') : []
	}));
}

/** A commune's representative point, or null when unknown. */
export function communePoint(
	db: Database.Database,
	code: string
): { lat: number | null; lon: number | null } | null {
	return (
		(db.prepare('SELECT lat, lon FROM communes WHERE code = ?').get(code) as
			| { lat: number | null; lon: number | null }
			| undefined) ?? null
	);
}
