/** The commune table that planners export (CSV for spreadsheets, GeoJSON for GIS). */
import Papa from 'papaparse';
import type { CommuneCoverage, CoverageCommune } from '../analysis/coverage';
import { neutraliseFormula } from '../import/csv';

export interface ExportRow {
	code_insee: string;
	nom: string;
	epci: string;
	population: number;
	ifn: number | null;
	ifn_ecart_moyenne: number | null;
	illectronisme: number | null;
	indicateur: string;
	valeur_indicateur: number | null;
	moyenne_reference: number | null;
	ecart_moyenne: number | null;
	lieu_plus_proche: string;
	type_lieu_plus_proche: string;
	/** The distance the zone-blanche threshold uses (see THRESHOLD_DISTANCE_LABEL). */
	distance_route_estimee_km: number | null;
	/** For reference only: the threshold never uses it. */
	distance_vol_oiseau_km: number | null;
	lieux_dans_le_seuil: number;
	desservie_par_itinerant: 0 | 1;
	zone_blanche: 0 | 1;
}

const round = (n: number | null | undefined, d = 2) =>
	n == null ? null : Math.round(n * 10 ** d) / 10 ** d;

/**
 * One row per commune, in the input order. `ifnReference(c)` gives the IFN average the commune
 * is compared with (same reference level as the analysis), so `ifn_ecart_moyenne` is always the
 * IFN gap even when the analysis runs on illectronisme.
 */
export function exportRows(
	communes: CoverageCommune[],
	coverage: CommuneCoverage[],
	indicator: string,
	epciNames: Record<string, string>,
	ifnReference: (c: CoverageCommune) => number | null
): ExportRow[] {
	return communes.map((c, i) => {
		const cov = coverage[i];
		const ifn = c.values.ifn ?? null;
		const ref = ifnReference(c);
		return {
			code_insee: c.code,
			nom: c.nom,
			epci: c.epci ? (epciNames[c.epci] ?? c.epci) : '',
			population: c.population,
			ifn: round(ifn),
			ifn_ecart_moyenne: ifn != null && ref != null ? round(ifn - ref) : null,
			illectronisme: round(c.values.illectronisme ?? null, 1),
			indicateur: indicator,
			valeur_indicateur: round(cov.value),
			moyenne_reference: round(cov.referenceValue),
			ecart_moyenne: round(cov.ecart),
			lieu_plus_proche: cov.nearest?.nom ?? '',
			type_lieu_plus_proche: cov.nearest?.kind ?? '',
			distance_route_estimee_km: round(cov.nearest?.roadKm, 1),
			distance_vol_oiseau_km: round(cov.nearest?.crowKm, 1),
			lieux_dans_le_seuil: cov.withinThreshold,
			desservie_par_itinerant: cov.servedByItinerant ? 1 : 0,
			zone_blanche: cov.zoneBlanche ? 1 : 0
		};
	});
}

/**
 * CSV for a spreadsheet in French: UTF-8 with BOM, `;` separator, decimal comma, written with
 * papaparse (which quotes fields holding `;`, quotes or line breaks).
 */
export function toFrenchCsv(rows: ExportRow[]): string {
	return frenchCsvPiece(rows, true);
}

/**
 * `toFrenchCsv` in pieces, for a streamed export: the first piece carries the BOM and the header,
 * the next ones start with a line break (empty when they have no row). Joined, the pieces of
 * consecutive row batches are `toFrenchCsv` of all the rows.
 */
export function frenchCsvPiece(
	rows: Record<string, string | number | null>[] | ExportRow[],
	first: boolean
): string {
	if (!first && rows.length === 0) return '';
	const data = rows.map((r) =>
		Object.fromEntries(
			Object.entries(r).map(([k, v]) => [
				k,
				typeof v === 'number' ? String(v).replace('.', ',') : neutraliseFormula(v ?? '')
			])
		)
	);
	const fields = rows.length ? Object.keys(rows[0]) : [];
	const csv = Papa.unparse(
		{ fields, data: data.map((d) => fields.map((f) => d[f])) },
		{ delimiter: ';', newline: '\r\n', header: first }
	);
	return first ? '\uFEFF' + csv : '\r\n' + csv;
}
