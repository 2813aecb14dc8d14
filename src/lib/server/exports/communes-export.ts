import type Database from 'better-sqlite3';
import type { FeatureCollection } from 'geojson';
import { exportRows, type ExportRow } from '../../exports/communes-table';
import type { CoverageParams } from '../../analysis/coverage-params';
import { territoryCoverage } from '../coverage/territory-coverage';
import { storedReferences } from '../db/coverage-data';
import { epciNames, communeGeometries } from '../db/territoires';

/** The exported commune table of a département for the given analysis choices. */
export function communesExport(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): ExportRow[] {
	const t = territoryCoverage(db, dep, params);
	const ifnRefs = storedReferences(db, 'ifn');
	return exportRows(t.communes, t.coverage, params.indicateur, epciNames(db, dep), (c) =>
		params.reference === 'france'
			? ifnRefs.france
			: params.reference === 'epci'
				? c.epci
					? (ifnRefs.epci[c.epci] ?? null)
					: null
				: (ifnRefs.departement[c.departement] ?? null)
	);
}

/** The same table as GeoJSON, one commune shape per row. */
export function communesExportGeoJson(
	db: Database.Database,
	dep: string,
	params: CoverageParams
): FeatureCollection {
	const rows = communesExport(db, dep, params);
	const shapes = communeGeometries(db, dep);
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => ({
			type: 'Feature',
			geometry: shapes.get(r.code_insee) ?? null,
			properties: r
		})) as FeatureCollection['features']
	};
}
