/**
 * SQL of the corrections from the field: residents' reports (`signalements`), the planners'
 * decisions on them, and the day a planner last checked a help point (`lieux.verifie_le`).
 * Accepting a report is an import: its writes go through the import change log (change-log.ts).
 */
import type Database from 'better-sqlite3';
import type { LieuRow, LieuSourceRow, ReportRow } from '../../types/rows';
import { hasTable } from './connection';

export type { ReportRow };

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
	return db.prepare<[number], ReportRow>('SELECT * FROM signalements WHERE id = ?').get(id) ?? null;
}

/** A report with the values its help point holds now, for the planner's inbox. */
export type InboxReport = ReportRow &
	Pick<
		LieuRow,
		'nom' | 'adresse' | 'code_postal' | 'commune' | 'telephone' | 'horaires' | 'horaires_brut'
	>;

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
		.prepare<[string, string | null, string | null, number, number], InboxReport>(
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
		);
}

/** Open reports per département of their help point. */
export function openReportCounts(db: Database.Database): Record<string, number> {
	const rows = db
		.prepare<[], { dep: string; n: number }>(
			`SELECT l.departement AS dep, count(*) AS n FROM signalements s JOIN lieux l ON l.id = s.lieu
			 WHERE s.statut = 'ouvert' GROUP BY l.departement`
		)
		.all();
	return Object.fromEntries(rows.map((r) => [r.dep, r.n]));
}

/** Open reports in the whole database (0 when it has no reports table). */
export function openReportCount(db: Database.Database): number {
	if (!hasTable(db, 'signalements')) return 0;
	return (
		db
			.prepare<[], number>("SELECT count(*) FROM signalements WHERE statut = 'ouvert'")
			.pluck()
			.get() ?? 0
	);
}

/** Ids of the open reports on a help point. */
export function openReportIds(db: Database.Database, lieu: number): number[] {
	return db
		.prepare<
			[number],
			number
		>("SELECT id FROM signalements WHERE lieu = ? AND statut = 'ouvert' ORDER BY id")
		.pluck()
		.all(lieu);
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
		sources: db
			.prepare<
				[number],
				Pick<LieuSourceRow, 'source' | 'source_id'>
			>('SELECT source, source_id FROM lieux_sources WHERE lieu = ?')
			.all(lieu),
		zones: db
			.prepare<[number], string>('SELECT code_insee FROM zones_desserte WHERE lieu = ?')
			.pluck()
			.all(lieu)
	};
}
