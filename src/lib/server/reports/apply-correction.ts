/**
 * A planner's correction of one help point, applied as an import: one transaction recorded in
 * `imports` (type `correction`, or `verification` for a check alone) and `import_changes`, so the
 * history lists it and undo restores the previous rows, the accepted report's state included.
 *
 * The new values are those of the place's national-schema row with the edited fields replaced;
 * the row goes through the import reader and the import step of a partner's file, so a value is
 * checked, normalised, placed and refused exactly as it would be in a file. A warning about a
 * value the planner typed refuses the form instead of dropping the value.
 */
import type Database from 'better-sqlite3';
import {
	changedFields,
	fieldErrors,
	formValues,
	missingFields,
	type LieuFormField,
	type LieuFormValues
} from '../../import/lieu-form';
import { readImport } from '../../import/read-import';
import { IMPORT_LIEUX_SOURCE } from '../../import/sources';
import type { SchemaRow } from '../../import/national-schema';
import { toSchemaRow } from '../exports/schema-export';
import { ChangeLog } from '../db/change-log';
import { finishImport, importChanges, insertImport, ONE_PLACE_UPDATED } from '../db/import-history';
import { tourStopIds } from '../db/import-lookups';
import { getLieu, lieuxForExport, type Lieu } from '../db/lieux';
import { getReport, openReportIds, placeDependents } from '../db/reports';
import { applyHelpPoint } from '../import/apply-help-points';
import { importContext } from '../import/context';

/** What a correction changes; omitted parts stay as they are. */
export interface CorrectionRequest {
	lieu: number;
	/** Form fields as typed (the others keep the place's current values). */
	values?: Partial<LieuFormValues>;
	/** Mark the place as checked today. */
	verify?: boolean;
	/** The place has closed for good: remove it, with its source records, tour and service area. */
	remove?: boolean;
	/** The open report this correction accepts. */
	report?: number;
	now?: Date;
}

export type CorrectionResult =
	| { ok: true; importId: number; message: string }
	| {
			ok: false;
			status: number;
			message: string;
			errors: Partial<Record<LieuFormField | '', string>>;
	  };

class Refused extends Error {
	constructor(
		public status: number,
		message: string,
		public errors: Partial<Record<LieuFormField | '', string>> = {}
	) {
		super(message);
	}
}

/**
 * The national-schema row of a help point as the import reads it back: the export's row, with
 * the stored phone and postcode (the export leaves out a phone outside the schema's pattern and
 * fills a missing postcode from the commune), and the id that leads the import to this place.
 */
function placeRow(db: Database.Database, lieu: Lieu): SchemaRow | null {
	const exported = lieu.departement
		? lieuxForExport(db, lieu.departement).find((r) => r.id === lieu.id)
		: undefined;
	if (!exported) return null;
	return {
		...toSchemaRow(exported),
		id:
			lieu.source === IMPORT_LIEUX_SOURCE
				? exported.source_id
				: `${exported.source}:${exported.source_id}`,
		telephone: lieu.telephone ?? '',
		code_postal: lieu.code_postal ?? '',
		date_maj: lieu.date_maj
	};
}

/** The form of a help point: the place and its current values, or null when it is unknown. */
export function placeForm(
	db: Database.Database,
	id: number
): { lieu: Lieu; values: LieuFormValues } | null {
	const lieu = getLieu(db, id);
	const row = lieu && placeRow(db, lieu);
	return lieu && row ? { lieu, values: formValues(row) } : null;
}

/**
 * The row to import: the current one with the typed values. A place moved to another commune
 * without a new position is put at the commune's point, marked approximate, rather than left
 * where it was.
 */
function placedRow(before: SchemaRow, typed: LieuFormValues, changed: LieuFormField[]): SchemaRow {
	const moved =
		changed.includes('code_insee') &&
		!changed.includes('latitude') &&
		!changed.includes('longitude');
	return { ...before, ...typed, ...(moved ? { latitude: '', longitude: '' } : {}) };
}

/** Write `row` over the place through the import step; refused on any blocking problem. */
function applyRow(
	db: Database.Database,
	log: ChangeLog,
	row: SchemaRow,
	typed: LieuFormValues,
	changed: LieuFormField[],
	file: string,
	date: string
): void {
	// JSON, not CSV: the reader takes a list of schema objects, and no cell needs escaping.
	const bytes = new TextEncoder().encode(JSON.stringify([row]));
	const read = readImport(bytes, file, 'lieux', { date });
	const issues = [...read.issues];
	const ctx = importContext(db, file, date, issues);
	const outcomes =
		read.parsed.kind === 'help-points'
			? read.parsed.records.map((r) => applyHelpPoint(db, log, ctx, r))
			: [];
	const errors = fieldErrors(issues, typed, changed);
	if (outcomes.length !== 1 || !['updated', 'unchanged'].includes(outcomes[0]))
		errors[''] ??= 'Ce lieu ne peut pas être modifié ici : sa fiche source est introuvable.';
	if (Object.keys(errors).length)
		throw new Refused(400, 'Rien n’a été enregistré : corrigez les champs signalés.', errors);
}

/** Remove a help point and every row that hangs on it, through the change log. */
function removePlace(db: Database.Database, log: ChangeLog, id: number): void {
	const { sources, zones } = placeDependents(db, id);
	for (const code_insee of zones) log.delete('zones_desserte', { lieu: id, code_insee });
	for (const stop of tourStopIds(db, id)) log.delete('tournees_arrets', { id: stop });
	for (const s of sources) log.delete('lieux_sources', s);
	log.delete('lieux_rtree', { id });
	log.delete('lieux', { id });
}

/** A refused correction, with its messages by field. */
export const refuse = (
	status: number,
	message: string,
	errors: Partial<Record<LieuFormField | '', string>> = {}
): CorrectionResult => ({ ok: false, status, message, errors });

/** Apply a correction (see the module comment). Throws only on a database error. */
export function applyCorrection(db: Database.Database, req: CorrectionRequest): CorrectionResult {
	const now = req.now ?? new Date();
	const date = now.toISOString().slice(0, 10);
	const lieu = getLieu(db, req.lieu);
	if (!lieu) return refuse(404, 'Ce lieu n’existe plus : il a peut-être été retiré.');
	const report = req.report === undefined ? null : getReport(db, req.report);
	if (req.report !== undefined && (report?.lieu !== lieu.id || report.statut !== 'ouvert'))
		return refuse(409, 'Ce signalement a déjà été traité.');
	const before = placeRow(db, lieu);
	if (!before)
		return refuse(409, 'Ce lieu ne peut pas être modifié ici : sa fiche est incomplète.');
	const current = formValues(before);
	const typed = { ...current, ...req.values };
	const changed = req.remove ? [] : changedFields(current, typed);
	const missing = missingFields(typed);
	if (changed.length && Object.keys(missing).length)
		return refuse(400, 'Rien n’a été enregistré : corrigez les champs signalés.', missing);
	const file = (report ? `Signalement n° ${report.id} · ` : `Fiche n° ${lieu.id} · `) + lieu.nom;
	let importId = 0;
	try {
		db.transaction(() => {
			const type = req.remove || changed.length ? 'correction' : 'verification';
			importId = insertImport(db, now.toISOString(), file.slice(0, 200), type);
			const log = new ChangeLog(db, importId);
			if (req.remove) removePlace(db, log, lieu.id);
			else if (changed.length)
				applyRow(db, log, placedRow(before, typed, changed), typed, changed, file, date);
			if (req.verify && !req.remove) log.update('lieux', { id: lieu.id, verifie_le: date });
			if (importChanges(db, importId).length === 0)
				throw new Refused(400, 'Aucune modification : rien n’a été enregistré.');
			// A closed place settles every open report on it; undo reopens them.
			const accepted = !report ? [] : req.remove ? openReportIds(db, lieu.id) : [report.id];
			for (const id of accepted)
				log.update('signalements', {
					id,
					statut: 'accepte',
					traite_le: now.toISOString(),
					import_id: importId
				});
			finishImport(db, importId, ONE_PLACE_UPDATED);
		})();
	} catch (err) {
		if (!(err instanceof Refused)) throw err;
		return refuse(err.status, err.message, err.errors);
	}
	const what = req.remove
		? `« ${lieu.nom} » retiré de la carte`
		: changed.length
			? `« ${lieu.nom} » corrigé${req.verify ? ' et marqué comme vérifié' : ''}`
			: `« ${lieu.nom} » marqué comme vérifié aujourd’hui`;
	return {
		ok: true,
		importId,
		message: `${what} (import n° ${importId}, annulable depuis l’historique des imports).`
	};
}
