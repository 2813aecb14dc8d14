/** What the exports read from the database. */
import type { LieuRow, LieuSourceRow, SourceRow } from './rows';

/**
 * A help point as stored (columns of `lieux`), plus what the export adds from other tables:
 * the record id of its primary source (the exported `id` is `source:source_id`) and that
 * source's producer, for the schema's `source` column. `id` is not exported: it lets a
 * correction find the place's row. `date_maj` is the day of the freshest of the source and a
 * planner's check (`checkedDate`, applied by the query).
 */
export type ExportLieu = Pick<
	LieuRow,
	| 'id'
	| 'kind'
	| 'nom'
	| 'adresse'
	| 'code_postal'
	| 'code_insee'
	| 'commune'
	| 'lat'
	| 'lon'
	| 'itinerant'
	| 'telephone'
	| 'courriel'
	| 'site_web'
	| 'horaires'
	| 'horaires_brut'
	| 'services'
	| 'publics'
	| 'frais'
	| 'prise_rdv'
	| 'date_maj'
	| 'source'
> &
	Pick<LieuSourceRow, 'source_id'> & { producteur: SourceRow['producteur'] | null };
