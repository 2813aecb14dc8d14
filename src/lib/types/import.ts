/** What the planner's import page shows: the report of a checked or applied file. */
import type { ImportType } from '../import/column-mapping';
import type { ImportIssue } from '../import/types';
import type { MillesimeCheck } from '../import/millesime';

/** What an import did (or would do), for the command line and the upload page. */
export interface ImportReport {
	file: string;
	type: ImportType;
	encoding: string;
	dryRun: boolean;
	/** True when the changes were written (not a dry run, and nothing blocked them). */
	applied: boolean;
	/** Id in the import history when applied (for `--undo`), else null. */
	importId: number | null;
	counts: {
		/** Data rows in the file. */
		read: number;
		imported: number;
		updated: number;
		unchanged: number;
		/** Rows about territories the database does not hold (other départements). */
		skipped: number;
		/** Rows with at least one error. */
		rejected: number;
		/** Tour stops removed because the file gives the whole new tour. */
		removed: number;
		warnings: number;
	};
	/** Number of warnings per field ('fichier' for whole-file warnings). */
	warningsByField: Record<string, number>;
	/** Every problem, sorted by line. */
	issues: ImportIssue[];
	/** Why nothing was written, in French, when `applied` is false. */
	blockedBy: string | null;
	/** Indicator values compared with the stored ones (null for other imports). */
	millesime: MillesimeCheck | null;
}

/** The report as the worker sends it back: its first problems only, and their total. */
export type JobReport = ImportReport & { totalIssues: number };
