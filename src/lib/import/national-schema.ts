/**
 * The national « schéma des lieux de médiation numérique » v1.0.2: its columns, and how a row
 * names the kind of a help point. What the schema cannot say is carried where it fits: the kind
 * goes to `dispositif_programmes_nationaux` (France Services, Conseillers numériques, Aidants
 * Connect) or `typologie` (BIB), so importing an export (`server/exports/schema-export.ts`)
 * gives the same kind back.
 */
import { KIND_INFO, type HelpKind } from '../catalog/kinds';

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

/** The kinds a schema row can name, in the order they are read: the first one it names wins. */
const SCHEMA_PRECEDENCE: HelpKind[] = [
	'france-services',
	'bibliotheque',
	'conseiller-numerique',
	'aidants-connect'
];

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
