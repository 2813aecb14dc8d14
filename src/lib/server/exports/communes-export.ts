import type Database from 'better-sqlite3';
import { exportRows, frenchCsvPiece, type ExportRow } from '../../exports/communes-table';
import type { CoverageParams } from '../../analysis/coverage-params';
import type { CoverageCommune } from '../../analysis/coverage';
import { territoryCoverage } from '../coverage/territory-coverage';
import { storedReferences } from '../db/coverage-data';
import { dataVersion } from '../db/data-version';
import { epciNames, communeGeometries } from '../db/territoires';
import type { TerritoryScope } from '../db/territory-scope';

/** The exported commune table of a département for the given analysis choices. */
export function communesExport(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): ExportRow[] {
	return departementRows(db, dep, params, () => true);
}

/** The rows of a département's coverage (cached), for its communes that `keep` accepts. */
function departementRows(
	db: Database.Database,
	dep: string,
	params: CoverageParams,
	keep: (c: CoverageCommune) => boolean
): ExportRow[] {
	const t = territoryCoverage(db, dep, params);
	const kept = t.communes.flatMap((c, i) => (keep(c) ? [i] : []));
	const ifnRefs = storedReferences(db, 'ifn');
	// the IFN gap is always measured against the same level as the analysis
	const ifnReference = (c: CoverageCommune) => {
		switch (params.reference) {
			case 'france':
				return ifnRefs.france;
			case 'epci':
				return c.epci ? (ifnRefs.epci[c.epci] ?? null) : null;
			case 'region':
				return c.region ? (ifnRefs.region[c.region] ?? null) : null;
			default:
				return ifnRefs.departement[c.departement] ?? null;
		}
	};
	return exportRows(
		kept.map((i) => t.communes[i]),
		kept.map((i) => t.coverage[i]),
		params.indicateur,
		epciNames(db, dep),
		ifnReference
	);
}

/**
 * The commune table of any territory, one département at a time (in code order, so the rows
 * come in INSEE code order), each computed (or found in the coverage cache) only when the
 * client has taken the previous one. Each commune is compared with the reference the
 * parameters choose (its département's average by default), exactly as in its département's
 * own export; an EPCI or a commune keeps only its communes. Should an import commit meanwhile,
 * the export stops (the download fails) rather than mix two versions of the data.
 */
function* territoryBatches(
	db: Database.Database,
	territory: Pick<TerritoryScope, 'niveau' | 'code' | 'departements'>,
	params: CoverageParams
): Generator<{ dep: string; rows: ExportRow[] }> {
	const { niveau, code } = territory;
	const keep =
		niveau === 'epci'
			? (c: CoverageCommune) => c.epci === code
			: niveau === 'commune'
				? (c: CoverageCommune) => c.code === code
				: () => true;
	const version = dataVersion(db);
	for (const dep of [...territory.departements].sort()) {
		if (dataVersion(db) !== version)
			throw new Error('Les données ont changé pendant l’export : relancez le téléchargement.');
		const rows = departementRows(db, dep, params, keep);
		if (rows.length) yield { dep, rows };
	}
}

/** The commune table of a territory as French CSV (see toFrenchCsv), piece by piece. */
export function* communesCsvPieces(
	db: Database.Database,
	territory: Pick<TerritoryScope, 'niveau' | 'code' | 'departements'>,
	params: CoverageParams
): Generator<string> {
	let first = true;
	for (const { rows } of territoryBatches(db, territory, params)) {
		yield frenchCsvPiece(rows, first);
		first = false;
	}
	if (first) yield frenchCsvPiece([], true);
}

/** The same table as a GeoJSON FeatureCollection, one commune shape per row, piece by piece. */
export function* communesGeoJsonPieces(
	db: Database.Database,
	territory: Pick<TerritoryScope, 'niveau' | 'code' | 'departements'>,
	params: CoverageParams
): Generator<string> {
	yield '{"type":"FeatureCollection","features":[';
	let sep = '';
	for (const { dep, rows } of territoryBatches(db, territory, params)) {
		const shapes = communeGeometries(db, dep);
		const features = rows.map((r) =>
			JSON.stringify({ type: 'Feature', geometry: shapes.get(r.code_insee) ?? null, properties: r })
		);
		yield sep + features.join(',');
		sep = ',';
	}
	yield ']}';
}
