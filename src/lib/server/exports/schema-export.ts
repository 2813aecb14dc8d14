/**
 * Help points → the national « schéma des lieux de médiation numérique » v1.0.2 (CSV with `|`
 * lists, and JSON); its columns, and how a row names a kind, are in `import/national-schema.ts`,
 * which the importer reads too. The schema requires a SIRET/RNA `pivot` we do not have: like
 * the national cartography we write fourteen zeros, the agreed "unknown" value. `adresse` is
 * required too: a point without a street address gets its commune name, and importing reads an
 * address equal to the commune name as "no street address" (see `import/read-import.ts`), so
 * the round trip keeps it empty.
 */
import Papa from 'papaparse';
import { kindInfo } from '../../catalog/kinds';
import { neutraliseFormula } from '../../import/csv';
import { SCHEMA_FIELDS, type SchemaRow } from '../../import/national-schema';
import type { ExportLieu } from '../../types/exports';

/** The "unknown SIRET" pivot used by the national cartography. */
const UNKNOWN_PIVOT = '00000000000000';

const PHONE_RE = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/;

/**
 * One help point → one schema row. Hours: the OSM value, else the raw text as given (the
 * schema has no pattern on hours; importing keeps it as text). A phone number outside the
 * schema's pattern is left out rather than making the row invalid.
 */
export function toSchemaRow(l: ExportLieu): SchemaRow {
	const row = Object.fromEntries(SCHEMA_FIELDS.map((f) => [f, ''])) as SchemaRow;
	row.id = `${l.source}:${l.source_id}`;
	row.pivot = UNKNOWN_PIVOT;
	row.nom = l.nom;
	row.commune = l.commune ?? '';
	row.code_postal = l.code_postal ?? '';
	row.code_insee = l.code_insee ?? '';
	row.adresse = l.adresse ?? l.commune ?? '';
	row.latitude = String(l.lat);
	row.longitude = String(l.lon);
	row.typologie = kindInfo(l.kind)?.schema.typologie ?? '';
	row.telephone = l.telephone && PHONE_RE.test(l.telephone) ? l.telephone : '';
	row.courriels = l.courriel ?? '';
	row.site_web = l.site_web ?? '';
	row.horaires = l.horaires ?? l.horaires_brut ?? '';
	row.source = l.producteur ?? '';
	row.itinerance = l.itinerant ? 'Itinérant' : 'Fixe';
	row.date_maj = l.date_maj;
	row.services = l.services;
	row.publics_specifiquement_adresses = l.publics;
	row.frais_a_charge = l.frais;
	row.dispositif_programmes_nationaux = kindInfo(l.kind)?.schema.programme ?? '';
	row.prise_rdv = l.prise_rdv ?? '';
	return row;
}

/**
 * Schema rows → CSV text: `,`-separated, every cell quoted, UTF-8, like `exemple-valide.csv`.
 * Text cells that a spreadsheet would run as a formula are escaped with an apostrophe.
 */
export function toSchemaCsv(rows: SchemaRow[]): string {
	return schemaCsvPiece(rows, true);
}

/**
 * `toSchemaCsv` in pieces, for a streamed export: the first piece carries the header; every
 * piece ends with a line break. Joined, they are `toSchemaCsv` of all the rows.
 */
export function schemaCsvPiece(rows: SchemaRow[], first: boolean): string {
	if (!first && rows.length === 0) return '';
	return (
		Papa.unparse(
			{
				fields: [...SCHEMA_FIELDS],
				data: rows.map((r) => SCHEMA_FIELDS.map((f) => neutraliseFormula(r[f])))
			},
			{ quotes: true, newline: '\n', header: first }
		) + '\n'
	);
}

/** Schema rows → JSON objects: empty cells left out, latitude and longitude as numbers. */
export function toSchemaJson(rows: SchemaRow[]): Record<string, string | number>[] {
	return rows.map((r) => {
		const o: Record<string, string | number> = {};
		for (const f of SCHEMA_FIELDS) {
			if (r[f] === '') continue;
			o[f] = f === 'latitude' || f === 'longitude' ? Number(r[f]) : r[f];
		}
		return o;
	});
}
