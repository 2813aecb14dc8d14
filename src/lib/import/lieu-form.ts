/**
 * The planner's form for one help point: the national-schema fields the database holds, and how
 * the import's problems on them become messages next to the fields. The form's values are read
 * as one schema row by the import itself (src/lib/server/reports/apply-correction.ts), so a
 * value is accepted or refused exactly as in a partner's file.
 */
import type { SchemaField, SchemaRow } from './national-schema';
import { FRAIS_V1, PUBLICS_V1, SERVICES_V1 } from './services-vocabulary';
import type { ImportIssue } from './types';

interface TextField {
	name: SchemaField;
	label: string;
	hint?: string;
	type?: 'text' | 'tel' | 'email';
	inputmode?: 'numeric' | 'decimal' | 'url';
	/** The form refuses it empty (an import row without it means something else). */
	required?: boolean;
}

/** The text fields, in the order of the form. */
export const TEXT_FIELDS = [
	{ name: 'nom', label: 'Nom du lieu', required: true },
	{ name: 'adresse', label: 'Adresse (numéro et voie)' },
	{ name: 'code_postal', label: 'Code postal', inputmode: 'numeric' },
	{ name: 'commune', label: 'Commune' },
	{
		name: 'code_insee',
		label: 'Code INSEE de la commune',
		hint: 'Cinq caractères, par exemple 04070 pour Digne-les-Bains.',
		required: true
	},
	{
		name: 'latitude',
		label: 'Latitude',
		hint: 'En degrés décimaux (par exemple 44.0925) ; vide : centre de la commune.',
		inputmode: 'decimal'
	},
	{ name: 'longitude', label: 'Longitude', inputmode: 'decimal' },
	{ name: 'telephone', label: 'Téléphone', type: 'tel' },
	{ name: 'courriels', label: 'Courriel', type: 'email' },
	{ name: 'site_web', label: 'Site web', inputmode: 'url' },
	{
		name: 'horaires',
		label: 'Horaires (syntaxe OpenStreetMap)',
		hint: 'Par exemple « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 » (Mo lundi, Tu mardi, We mercredi, Th jeudi, Fr vendredi, Sa samedi, Su dimanche).'
	},
	{ name: 'prise_rdv', label: 'Prise de rendez-vous', hint: 'Adresse web ou consigne.' }
] as const satisfies readonly TextField[];

/** The fields whose values come from a list of the national schema (checkboxes). */
export const LIST_FIELDS = [
	{ name: 'services', label: 'Services proposés', options: SERVICES_V1 },
	{
		name: 'publics_specifiquement_adresses',
		label: 'Publics accueillis en particulier',
		options: PUBLICS_V1
	},
	{ name: 'frais_a_charge', label: 'Frais pour la personne', options: FRAIS_V1 }
] as const;

export type LieuFormField =
	| (typeof TEXT_FIELDS)[number]['name']
	| (typeof LIST_FIELDS)[number]['name'];
/** Values of the form, lists `|`-separated as in the schema. */
export type LieuFormValues = Record<LieuFormField, string>;

const NAMES: LieuFormField[] = [...TEXT_FIELDS, ...LIST_FIELDS].map((f) => f.name);
const LISTS = new Set<string>(LIST_FIELDS.map((f) => f.name));

/** The form's fields of a schema row. */
export function formValues(row: SchemaRow): LieuFormValues {
	return Object.fromEntries(NAMES.map((n) => [n, row[n]])) as LieuFormValues;
}

/** The values of a sent form (text trimmed; the ticked boxes of a list joined with `|`). */
export function readLieuForm(form: {
	get(name: string): unknown;
	getAll(name: string): unknown[];
}): LieuFormValues {
	const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
	return Object.fromEntries(
		NAMES.map((n) => [
			n,
			LISTS.has(n) ? form.getAll(n).map(text).filter(Boolean).join('|') : text(form.get(n))
		])
	) as LieuFormValues;
}

const set = (v: string) => [...new Set(v.split('|').filter(Boolean))].sort().join('|');

/** The fields whose value differs (lists compared as sets). */
export function changedFields(before: LieuFormValues, after: LieuFormValues): LieuFormField[] {
	return NAMES.filter((n) =>
		LISTS.has(n) ? set(before[n]) !== set(after[n]) : before[n].trim() !== after[n].trim()
	);
}

/**
 * The required fields left empty. An import row without INSEE code keeps the place's commune
 * whatever its postcode says (see apply-help-points.ts): in a form, that would be a silent no.
 */
export function missingFields(typed: LieuFormValues): Partial<Record<LieuFormField, string>> {
	const out: Partial<Record<LieuFormField, string>> = {};
	for (const f of TEXT_FIELDS as readonly TextField[])
		if (f.required && !typed[f.name as LieuFormField])
			out[f.name as LieuFormField] = 'Champ obligatoire.';
	return out;
}

/** Form fields an import issue is about (the position is one issue for two fields). */
const ISSUE_FIELDS: Record<string, LieuFormField[]> = {
	latitude: ['latitude', 'longitude'],
	longitude: ['latitude', 'longitude'],
	publics: ['publics_specifiquement_adresses']
};

/**
 * An import message as a form message: without what the import then does with the row
 * (« … : ignoré. », « … : lieu ignoré. »), which the form does not do: it refuses.
 */
export function formMessage(message: string): string {
	return message.replace(/\s*:\s*[^:«»]*\.$/, '.');
}

/**
 * The messages that refuse a form, by field ('' for the whole form): every error, and every
 * warning about a value the planner typed (changed and not empty), since the import would drop or
 * alter it. Warnings about values left as they were, or cleared, do not refuse it.
 */
export function fieldErrors(
	issues: ImportIssue[],
	typed: LieuFormValues,
	changed: LieuFormField[]
): Partial<Record<LieuFormField | '', string>> {
	const out: Partial<Record<LieuFormField | '', string>> = {};
	for (const i of issues) {
		const fields =
			ISSUE_FIELDS[i.field] ??
			(NAMES.includes(i.field as LieuFormField) ? [i.field as LieuFormField] : []);
		const touched = fields.filter((f) => changed.includes(f) && typed[f] !== '');
		if (i.level === 'warning' && touched.length === 0) continue;
		const key = touched[0] ?? fields[0] ?? '';
		const message = formMessage(i.message);
		if (!out[key]?.includes(message)) out[key] = out[key] ? `${out[key]} ${message}` : message;
	}
	return out;
}
