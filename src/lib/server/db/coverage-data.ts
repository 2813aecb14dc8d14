import type Database from 'better-sqlite3';
import type { CoverageCommune, CoveragePoint } from '../../analysis/coverage';
import type { IndicateurRow, LieuRow } from '../../types/rows';
import { communesExtent } from './communes';

/**
 * Communes of a département (of every built département when `dep` is null) with their
 * indicator values (`only` that one when given) and their région. Illectronisme is painted on each commune from the finest
 * level the data has: commune, else its EPCI, else its département; the level is returned in
 * `illectronismeNiveau`.
 */
export function coverageCommunes(
	db: Database.Database,
	dep: string | null,
	only?: string
): (CoverageCommune & { illectronismeNiveau: string | null })[] {
	const where = dep === null ? '' : 'WHERE c.departement = ?';
	const params = dep === null ? [] : [dep];
	const communes = db
		.prepare<string[], Omit<CoverageCommune, 'values'>>(
			`SELECT c.code, c.nom, c.departement, d.region, c.epci, c.population, c.lat, c.lon
			 FROM communes c LEFT JOIN departements d ON d.code = c.departement ${where} ORDER BY c.code`
		)
		.all(...params);
	// communes first (CROSS JOIN fixes the order): a département's rows are found through the
	// primary key instead of scanning every commune value of the country
	const values = db
		.prepare<string[], Pick<IndicateurRow, 'code' | 'indicateur' | 'valeur'>>(
			`SELECT i.code, i.indicateur, i.valeur
			 FROM (SELECT code FROM communes c ${where}) c
			 CROSS JOIN indicateurs i ON i.niveau = 'commune' AND i.code = c.code
			 ${only ? 'WHERE i.indicateur = ?' : ''}`
		)
		.all(...params, ...(only ? [only] : []));
	const byCode = new Map<string, Record<string, number | null>>();
	for (const v of values) {
		const o = byCode.get(v.code) ?? {};
		o[v.indicateur] = v.valeur;
		byCode.set(v.code, o);
	}
	const ill = new Map(
		db
			.prepare<[], Pick<IndicateurRow, 'niveau' | 'code' | 'valeur'>>(
				`SELECT niveau, code, valeur FROM indicateurs WHERE indicateur = 'illectronisme' AND niveau IN ('epci', 'departement')`
			)
			.all()
			.map((r) => [`${r.niveau}:${r.code}`, r.valeur])
	);
	return communes.map((c) => {
		const vals = byCode.get(c.code) ?? {};
		let niveau: string | null = vals.illectronisme != null ? 'commune' : null;
		if (niveau == null && c.epci && ill.has(`epci:${c.epci}`)) {
			vals.illectronisme = ill.get(`epci:${c.epci}`) as number;
			niveau = 'epci';
		} else if (niveau == null && ill.has(`departement:${c.departement}`)) {
			vals.illectronisme = ill.get(`departement:${c.departement}`) as number;
			niveau = 'departement';
		}
		return { ...c, values: vals, illectronismeNiveau: niveau };
	});
}

/**
 * Help points within `marginKm` of a département's communes (so that a place just across the
 * border counts), found through the R*Tree index, with the communes itinerant ones serve.
 */
export function coveragePoints(
	db: Database.Database,
	dep: string,
	marginKm = 60
): (CoveragePoint & { departement: string | null; commune: string | null })[] {
	const b = communesExtent(db, dep);
	if (!b) return [];
	const dLat = marginKm / 111;
	const dLon = marginKm / (111 * Math.cos((((b.s + b.n) / 2) * Math.PI) / 180));
	const rows = db
		.prepare<
			[number, number, number, number],
			Pick<
				LieuRow,
				'id' | 'kind' | 'nom' | 'lat' | 'lon' | 'itinerant' | 'departement' | 'code_insee'
			>
		>(
			`SELECT l.id, l.kind, l.nom, l.lat, l.lon, l.itinerant, l.departement, l.code_insee FROM lieux_rtree r JOIN lieux l ON l.id = r.id
			 WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?`
		)
		.all(b.s - dLat, b.n + dLat, b.w - dLon, b.e + dLon);
	const serves = db
		.prepare<[number], string>('SELECT code_insee FROM zones_desserte WHERE lieu = ?')
		.pluck();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		nom: r.nom,
		lat: r.lat,
		lon: r.lon,
		itinerant: r.itinerant === 1,
		departement: r.departement,
		commune: r.code_insee,
		serves: r.itinerant ? serves.all(r.id) : undefined
	}));
}

/**
 * Reference averages stored by the build for an indicator: départements, EPCI, régions (by COG
 * code) and France.
 */
export function storedReferences(
	db: Database.Database,
	indicator: string
): {
	departement: Record<string, number>;
	epci: Record<string, number>;
	region: Record<string, number>;
	france: number | null;
} {
	const rows = db
		.prepare<
			[string],
			Pick<IndicateurRow, 'niveau' | 'code' | 'valeur'>
		>(`SELECT niveau, code, valeur FROM indicateurs WHERE indicateur = ? AND niveau IN ('departement', 'epci', 'region', 'france')`)
		.all(indicator);
	const out = {
		departement: {} as Record<string, number>,
		epci: {} as Record<string, number>,
		region: {} as Record<string, number>,
		france: null as number | null
	};
	for (const r of rows) {
		if (r.niveau === 'france') out.france = r.valeur;
		else if (r.niveau === 'departement' || r.niveau === 'epci' || r.niveau === 'region')
			out[r.niveau][r.code] = r.valeur;
	}
	return out;
}
