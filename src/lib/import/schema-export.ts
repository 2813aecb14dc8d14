/**
 * Help points → the national « schéma des lieux de médiation numérique » v1.0.2 (CSV with `|`
 * lists, and JSON). What the schema cannot say is carried where it fits: the kind of help
 * point goes to `dispositif_programmes_nationaux` (France Services, Conseillers numériques,
 * Aidants Connect) or `typologie` (BIB), so importing an export gives the same kind back.
 * The schema requires a SIRET/RNA `pivot` we do not have: like the national cartography we
 * write fourteen zeros, the agreed "unknown" value. `adresse` is required too: a point without
 * a street address gets its commune name, and importing reads an address equal to the commune
 * name as "no street address" (see read-import.ts), so the round trip keeps it empty.
 */
import Papa from 'papaparse';
import { KIND_INFO, kindInfo, type HelpKind } from '../catalog/kinds';
import type { LieuRow, LieuSourceRow, SourceRow } from '../types/rows';
import { neutraliseFormula } from './csv';

/** Columns of the schema v1.0.2, in the order of its example file. */
export const SCHEMA_FIELDS = [
	'id',
	'pivot',
	'nom',
	'commune',
	'code_postal',
	'code_insee',
	'adresse',
	'complement_adresse',
	'latitude',
	'longitude',
	'typologie',
	'telephone',
	'courriels',
	'site_web',
	'horaires',
	'presentation_resume',
	'presentation_detail',
	'source',
	'itinerance',
	'structure_parente',
	'date_maj',
	'services',
	'publics_specifiquement_adresses',
	'prise_en_charge_specifique',
	'frais_a_charge',
	'dispositif_programmes_nationaux',
	'formations_labels',
	'autres_formations_labels',
	'modalites_acces',
	'modalites_accompagnement',
	'fiche_acces_libre',
	'prise_rdv'
] as const;
export type SchemaField = (typeof SCHEMA_FIELDS)[number];
/** One exported row: every schema column as text ('' when empty). */
export type SchemaRow = Record<SchemaField, string>;

/** The "unknown SIRET" pivot used by the national cartography. */
export const UNKNOWN_PIVOT = '00000000000000';

/** The kinds a schema row can name, in the order they are read: the first one it names wins. */
const SCHEMA_PRECEDENCE: HelpKind[] = [
	'france-services',
	'bibliotheque',
	'conseiller-numerique',
	'aidants-connect'
];

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
 * The kind of help point a schema row describes: France services, library, conseiller
 * numérique or Aidants Connect when its programmes or typology say so, else 'mediation'.
 */
export function kindFromSchemaRow(row: Record<string, unknown>): HelpKind {
	const list = (v: unknown) => (typeof v === 'string' ? v.split(/[|;]/).map((x) => x.trim()) : []);
	const programmes = list(row.dispositif_programmes_nationaux);
	const typologies = list(row.typologie);
	const says = (k: HelpKind) => {
		const { programme, typologie } = KIND_INFO[k].schema;
		return (
			(!!programme && programmes.includes(programme)) ||
			(!!typologie && typologies.includes(typologie))
		);
	};
	return SCHEMA_PRECEDENCE.find(says) ?? 'mediation';
}

/**
 * Schema rows → CSV text: `,`-separated, every cell quoted, UTF-8, like `exemple-valide.csv`.
 * Text cells that a spreadsheet would run as a formula are escaped with an apostrophe.
 */
export function toSchemaCsv(rows: SchemaRow[]): string {
	return (
		Papa.unparse(
			{
				fields: [...SCHEMA_FIELDS],
				data: rows.map((r) => SCHEMA_FIELDS.map((f) => neutraliseFormula(r[f])))
			},
			{ quotes: true, newline: '\n' }
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
