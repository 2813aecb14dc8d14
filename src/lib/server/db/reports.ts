/**
 * SQL of the corrections from the field: residents' reports (`signalements`), the planners'
 * decisions on them, and the day a planner last checked a help point (`lieux.verifie_le`).
 * Accepting a report is an import: its writes go through the import change log (imports.ts).
 */
import type Database from 'better-sqlite3';
import type { ReportReason } from '../../import/report-form';
import { readSqlFile } from './sql-file';

/** A row of `signalements`. */
export interface ReportRow {
	id: number;
	lieu: number;
	date: string;
	motif: ReportReason;
	valeur: string | null;
	message: string | null;
	contact: string | null;
	statut: 'ouvert' | 'accepte' | 'ecarte';
	traite_le: string | null;
	raison: string | null;
	import_id: number | null;
}

const hasTable = (db: Database.Database, name: string) =>
	!!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

/**
 * Add the reports table and `lieux.verifie_le` to a database that lacks them (idempotent, in one
 * transaction). A database without `lieux` (not a Maillage data file) is left alone.
 */
export function ensureReportSchema(db: Database.Database): void {
	if (hasTable(db, 'signalements') || !hasTable(db, 'lieux')) return;
	const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('lieux');
	const sql = readSqlFile('reports.sql');
	const ddl = columns.includes('verifie_le') ? sql.replace(/^ALTER TABLE lieux[^;]*;/m, '') : sql;
	db.transaction(() => db.exec(ddl))();
}

/** Store a report; returns its id. */
export function insertReport(
	db: Database.Database,
	r: Pick<ReportRow, 'lieu' | 'date' | 'motif' | 'valeur' | 'message' | 'contact'>
): number {
	return Number(
		db
			.prepare(
				'INSERT INTO signalements (lieu, date, motif, valeur, message, contact) VALUES (?, ?, ?, ?, ?, ?)'
			)
			.run(r.lieu, r.date, r.motif, r.valeur, r.message, r.contact).lastInsertRowid
	);
}

/** One report, or null. */
export function getReport(db: Database.Database, id: number): ReportRow | null {
	return (
		(db.prepare('SELECT * FROM signalements WHERE id = ?').get(id) as ReportRow | undefined) ?? null
	);
}

/** A report with the values its help point holds now, for the planner's inbox. */
export interface InboxReport extends ReportRow {
	nom: string;
	adresse: string | null;
	code_postal: string | null;
	commune: string | null;
	telephone: string | null;
	horaires: string | null;
	horaires_brut: string | null;
}

/**
 * Reports of the help points of a département (and of one of its EPCI when given), oldest first:
 * the open ones, or the latest decided ones.
 */
export function reportsOf(
	db: Database.Database,
	dep: string,
	options: { epci?: string | null; open: boolean; limit?: number }
): InboxReport[] {
	return db
		.prepare(
			`SELECT s.*, l.nom, l.adresse, l.code_postal, l.commune, l.telephone, l.horaires, l.horaires_brut
			 FROM signalements s JOIN lieux l ON l.id = s.lieu LEFT JOIN communes c ON c.code = l.code_insee
			 WHERE l.departement = ? AND (? IS NULL OR c.epci = ?) AND (s.statut = 'ouvert') = ?
			 ORDER BY ${options.open ? 's.id' : 's.traite_le DESC'} LIMIT ?`
		)
		.all(
			dep,
			options.epci ?? null,
			options.epci ?? null,
			options.open ? 1 : 0,
			options.limit ?? -1
		) as InboxReport[];
}

/** Open reports per département of their help point. */
export function openReportCounts(db: Database.Database): Record<string, number> {
	const rows = db
		.prepare(
			`SELECT l.departement AS dep, count(*) AS n FROM signalements s JOIN lieux l ON l.id = s.lieu
			 WHERE s.statut = 'ouvert' GROUP BY l.departement`
		)
		.all() as { dep: string; n: number }[];
	return Object.fromEntries(rows.map((r) => [r.dep, r.n]));
}

/** Open reports in the whole database (0 when it has no reports table). */
export function openReportCount(db: Database.Database): number {
	if (!hasTable(db, 'signalements')) return 0;
	return db
		.prepare("SELECT count(*) FROM signalements WHERE statut = 'ouvert'")
		.pluck()
		.get() as number;
}

/** Ids of the open reports on a help point. */
export function openReportIds(db: Database.Database, lieu: number): number[] {
	return db
		.prepare("SELECT id FROM signalements WHERE lieu = ? AND statut = 'ouvert' ORDER BY id")
		.pluck()
		.all(lieu) as number[];
}

/** Dismiss an open report with the planner's reason; false when it is not open (any more). */
export function dismissReport(
	db: Database.Database,
	id: number,
	raison: string,
	date: string
): boolean {
	return (
		db
			.prepare(
				"UPDATE signalements SET statut = 'ecarte', raison = ?, traite_le = ? WHERE id = ? AND statut = 'ouvert'"
			)
			.run(raison, date, id).changes === 1
	);
}

/** Keys of the source records and service area of a help point, to remove it with the change log. */
export function placeDependents(
	db: Database.Database,
	lieu: number
): {
	sources: { source: string; source_id: string }[];
	zones: string[];
} {
	return {
		sources: db.prepare('SELECT source, source_id FROM lieux_sources WHERE lieu = ?').all(lieu) as {
			source: string;
			source_id: string;
		}[],
		zones: db
			.prepare('SELECT code_insee FROM zones_desserte WHERE lieu = ?')
			.pluck()
			.all(lieu) as string[]
	};
}
