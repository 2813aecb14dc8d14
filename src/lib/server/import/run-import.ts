/**
 * Run one import against an open database, in one transaction: it applies fully, or (dry run,
 * rows rejected without `acceptPartial`, or any failure) not at all. Every change is recorded in
 * the import history so that `undoImport` can restore the previous rows.
 *
 * This is the function an upload page calls: bytes, file name, type, dryRun → report.
 */
import type Database from 'better-sqlite3';
import type { ImportType } from '../../import/column-mapping';
import { append } from '../../import/append';
import { readImport } from '../../import/read-import';
import { issue } from '../../import/fields';
import { millesimeWarning } from '../../import/millesime';
import type { ImportIssue } from '../../import/types';
import { ChangeLog } from '../db/change-log';
import { finishImport, insertImport } from '../db/import-history';
import { applyHelpPoint } from './apply-help-points';
import { applyIfn, applyIllectronisme } from './apply-indicators';
import { applyPlaceStatuses } from './apply-place-status';
import { applyTournees } from './apply-tournees';
import { checkMillesime } from './compare-indicators';
import { importContext, type Outcome } from './context';
import type { ImportReport } from '../../types/import';

export interface RunImportOptions {
	bytes: Uint8Array;
	/** File name (no directory), used in messages and in the history. */
	file: string;
	type: ImportType;
	/** Check and count everything, write nothing. */
	dryRun?: boolean;
	/** Apply the good rows even when some rows are rejected. */
	acceptPartial?: boolean;
	/** Replace stored indicator values even when the file's differ systematically from them. */
	replaceMillesime?: boolean;
	/** Data rows accepted (uploads; the command line takes any size). */
	maxRows?: number;
	/** Clock, for tests (default: now). */
	now?: Date;
}

class Rollback extends Error {}

/** Run an import (see the module comment). Throws only on a programming or database error. */
export function runImport(db: Database.Database, opts: RunImportOptions): ImportReport {
	const now = opts.now ?? new Date();
	const date = now.toISOString().slice(0, 10);
	const issues: ImportIssue[] = [];
	const ctx = importContext(db, opts.file, date, issues);
	const read = readImport(opts.bytes, opts.file, opts.type, {
		date,
		maxRows: opts.maxRows,
		cog: ctx
	});
	append(issues, read.issues);
	const millesime = checkMillesime(db, read.parsed);
	if (millesime?.systematic)
		issues.push(issue('warning', opts.file, 1, '', millesimeWarning(millesime, millesime.label)));
	const outcomes: Outcome[] = [];
	let removed = 0;
	let importId: number | null = null;
	let blockedBy: string | null = null;
	const tally = () => {
		const errorLines = new Set(issues.filter((i) => i.level === 'error').map((i) => i.line));
		const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
		return {
			read: read.rowsRead,
			imported: count('imported'),
			updated: count('updated'),
			unchanged: count('unchanged'),
			skipped: count('skipped'),
			rejected: errorLines.size,
			removed,
			warnings: issues.filter((i) => i.level === 'warning').length
		};
	};
	try {
		db.transaction(() => {
			importId = insertImport(db, now.toISOString(), opts.file, opts.type);
			const log = new ChangeLog(db, importId);
			const p = read.parsed;
			if (p.kind === 'help-points')
				for (const r of p.records) outcomes.push(applyHelpPoint(db, log, ctx, r));
			else if (p.kind === 'tournees') {
				const res = applyTournees(db, log, ctx, p.records);
				append(outcomes, res.outcomes);
				removed = res.removed;
			} else if (p.kind === 'statut') append(outcomes, applyPlaceStatuses(db, log, ctx, p.records));
			else if (p.kind === 'ifn') append(outcomes, applyIfn(db, log, ctx, p.records));
			else append(outcomes, applyIllectronisme(db, log, ctx, p.records));
			const c = tally();
			if (opts.dryRun) blockedBy = 'Aperçu seulement : rien n’a été écrit.';
			else if (c.rejected > 0 && !opts.acceptPartial)
				blockedBy = `${c.rejected} ligne(s) rejetée(s) : rien n’a été écrit. Corrigez le fichier, ou relancez avec --accept-partial pour importer les lignes valides.`;
			else if (millesime?.systematic && !opts.replaceMillesime)
				blockedBy = `Valeurs d’un autre millésime ou d’une autre méthode ? Rien n’a été écrit : les valeurs enregistrées (${millesime.label}) ne sont remplacées qu’avec --remplacer-millesime (ou la case « Remplacer quand même les valeurs enregistrées »).`;
			if (blockedBy) throw new Rollback();
			finishImport(db, importId, {
				lignes_lues: c.read,
				importees: c.imported,
				mises_a_jour: c.updated,
				rejetees: c.rejected,
				avertissements: c.warnings
			});
		})();
	} catch (err) {
		if (!(err instanceof Rollback)) throw err;
		importId = null;
	}
	const counts = tally();
	const warningsByField: Record<string, number> = {};
	for (const i of issues)
		if (i.level === 'warning') {
			const k = i.field || 'fichier';
			warningsByField[k] = (warningsByField[k] ?? 0) + 1;
		}
	return {
		file: opts.file,
		type: opts.type,
		encoding: read.encoding,
		dryRun: !!opts.dryRun,
		applied: importId !== null,
		importId,
		counts,
		warningsByField,
		issues: [...issues].sort((a, b) => a.line - b.line),
		blockedBy,
		millesime
	};
}
