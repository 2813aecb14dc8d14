/**
 * A planner's decision on a resident's report in the inbox: accept it as it stands (the change it
 * proposes becomes a correction, see apply-correction.ts), or dismiss it with a reason.
 */
import type Database from 'better-sqlite3';
import { proposedChange } from '../../import/report-form';
import { dismissReport, getReport } from '../db/reports';
import { applyCorrection, refuse, type CorrectionResult } from './apply-correction';

/** Accept an open report as it stands: apply the change it proposes. */
export function acceptReport(
	db: Database.Database,
	id: number,
	now = new Date()
): CorrectionResult {
	const report = getReport(db, id);
	if (!report || report.statut !== 'ouvert')
		return refuse(409, 'Ce signalement a déjà été traité.');
	const change = proposedChange(report);
	if (!change)
		return refuse(
			400,
			'Ce signalement ne propose pas de valeur à appliquer telle quelle : utilisez « Modifier puis accepter ».'
		);
	return applyCorrection(db, {
		lieu: report.lieu,
		report: id,
		now,
		...('remove' in change ? { remove: true } : { values: change.values })
	});
}

/** Dismiss an open report, with the planner's reason (required, 300 characters at most). */
export function dismiss(
	db: Database.Database,
	id: number,
	reason: string,
	now = new Date()
): { ok: true; message: string } | { ok: false; status: number; message: string } {
	const raison = reason.trim();
	if (!raison) return { ok: false, status: 400, message: 'Indiquez pourquoi vous l’écartez.' };
	if (raison.length > 300)
		return { ok: false, status: 400, message: 'Raison trop longue : 300 caractères au plus.' };
	if (!dismissReport(db, id, raison, now.toISOString()))
		return { ok: false, status: 409, message: 'Ce signalement a déjà été traité.' };
	return { ok: true, message: `Signalement n° ${id} écarté.` };
}
