/**
 * The resident's « Signaler une erreur » form: what can be reported, the check of a sent form,
 * and the change a report proposes to a help point's national-schema row. Pure: the server stores
 * reports and applies changes (src/lib/server/reports/).
 */
import { normalisePhone } from './fields';
import { isValidOsmHours } from './mediation-v1';

/** What can be wrong with a help point, in the order the form offers them. */
export const REPORT_REASONS = ['ferme', 'demenage', 'horaires', 'telephone', 'autre'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Each reason: the form's wording, the inbox's short label, the schema field its value corrects. */
export const REASONS: Record<
	ReportReason,
	{ label: string; short: string; field: 'adresse' | 'horaires' | 'telephone' | null }
> = {
	ferme: { label: 'Le lieu est fermé définitivement', short: 'Fermé', field: null },
	demenage: { label: 'Le lieu a déménagé', short: 'A déménagé', field: 'adresse' },
	horaires: { label: 'Les horaires sont faux', short: 'Horaires faux', field: 'horaires' },
	telephone: {
		label: 'Le numéro de téléphone est faux',
		short: 'Téléphone faux',
		field: 'telephone'
	},
	autre: { label: 'Autre erreur', short: 'Autre', field: null }
};

/** Longest texts accepted, in characters. */
export const REPORT_MAX = { valeur: 300, message: 1000, contact: 200 } as const;

/** The form's text fields, in its order: wording, hint, lines of a longer text. */
export const REPORT_TEXT_FIELDS: readonly {
	name: keyof typeof REPORT_MAX;
	label: string;
	hint?: string;
	rows?: number;
	autocomplete?: 'off';
}[] = [
	{
		name: 'valeur',
		label: 'La bonne information, si vous la connaissez',
		hint: 'Le nouveau numéro, les vrais horaires ou la nouvelle adresse.'
	},
	{ name: 'message', label: 'Précisions (facultatif)', rows: 4 },
	{
		name: 'contact',
		label: 'Votre courriel ou téléphone (facultatif)',
		hint: 'Seulement si vous acceptez qu’un planificateur vous recontacte. Rien d’autre n’est gardé sur vous.',
		autocomplete: 'off'
	}
];

/** Name of the field people never see and robots fill in. */
export const HONEYPOT = 'site_internet';

/** The form's fields as sent (kept to show the form again with its errors). */
export interface ReportFormValues {
	motif: string;
	valeur: string;
	message: string;
	contact: string;
}

/** A checked report: empty texts are null; a proposed phone number is in international form. */
export interface ReportDraft {
	motif: ReportReason;
	valeur: string | null;
	message: string | null;
	contact: string | null;
}

export type ReportCheck =
	| { ok: true; report: ReportDraft }
	| {
			ok: false;
			values: ReportFormValues;
			errors: Partial<Record<keyof ReportFormValues, string>>;
	  };

// Control characters other than tab and line breaks never belong in a report.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const text = (raw: unknown) => (typeof raw === 'string' ? raw.replace(CONTROL, '').trim() : '');

const tooLong = (max: number) =>
	`Texte trop long : ${max.toLocaleString('fr-FR')} caractères au plus.`;

/** Check a sent report form (field name → value); errors are in French, by field. */
export function readReportForm(fields: Record<string, unknown>): ReportCheck {
	const values: ReportFormValues = {
		motif: text(fields.motif),
		valeur: text(fields.valeur),
		message: text(fields.message),
		contact: text(fields.contact)
	};
	const errors: Partial<Record<keyof ReportFormValues, string>> = {};
	const motif = REPORT_REASONS.find((r) => r === values.motif);
	if (!motif) errors.motif = 'Choisissez ce qui ne va pas.';
	for (const { name: k } of REPORT_TEXT_FIELDS)
		if (values[k].length > REPORT_MAX[k]) errors[k] = tooLong(REPORT_MAX[k]);
	let valeur = values.valeur || null;
	if (motif === 'telephone' && valeur && !errors.valeur) {
		valeur = normalisePhone(valeur);
		if (!valeur)
			errors.valeur = 'Numéro non reconnu : écrivez-le en chiffres, par exemple 04 92 31 00 00.';
	}
	if (motif === 'autre' && !values.message && !values.valeur)
		errors.message = 'Dites en quelques mots ce qui ne va pas.';
	if (!motif || Object.keys(errors).length) return { ok: false, values, errors };
	return {
		ok: true,
		report: { motif, valeur, message: values.message || null, contact: values.contact || null }
	};
}

/** True when the hidden field was filled in: a robot, whose report is dropped without a word. */
export function isRobot(fields: Record<string, unknown>): boolean {
	return text(fields[HONEYPOT]) !== '';
}

/** The value a report proposes for a schema field, as sent; null when it proposes none. */
export function proposedValue(r: {
	motif: string;
	valeur: string | null;
}): { field: 'adresse' | 'horaires' | 'telephone'; value: string } | null {
	const field = REASONS[r.motif as ReportReason]?.field;
	return field && r.valeur ? { field, value: r.valeur } : null;
}

/** What accepting a report as it stands does to its help point. */
export type ProposedChange =
	| { remove: true }
	| { values: Partial<Record<'adresse' | 'horaires' | 'telephone', string>> }
	| null;

/**
 * The change a report proposes, when it can be applied without a planner's editing: a closed
 * place is removed; a new phone, address or OSM-syntax hours replace the current ones. Null when
 * the report says no value, or hours in words (a planner writes them in OSM syntax first).
 */
export function proposedChange(r: { motif: string; valeur: string | null }): ProposedChange {
	if (r.motif === 'ferme') return { remove: true };
	const p = proposedValue(r);
	if (!p || (p.field === 'horaires' && !isValidOsmHours(p.value))) return null;
	return { values: { [p.field]: p.value } };
}
