/** Help points' status and funding end (migration 007): what the scenarios and the planner read. */
import type Database from 'better-sqlite3';
import type { CommuneRow, EpciRow, LieuRow } from '../../types/rows';

export type PlaceStatusRow = Pick<
	LieuRow,
	'id' | 'nom' | 'kind' | 'code_insee' | 'fin_financement' | 'statut' | 'note_statut'
>;

/** One help point's status fields; null when unknown. */
export function getPlaceStatus(db: Database.Database, id: number): PlaceStatusRow | null {
	return (
		db
			.prepare<
				[number],
				PlaceStatusRow
			>('SELECT id, nom, kind, code_insee, fin_financement, statut, note_statut FROM lieux WHERE id = ?')
			.get(id) ?? null
	);
}

export type EndingPlace = PlaceStatusRow & {
	epci: CommuneRow['epci'];
	epci_nom: EpciRow['nom'] | null;
	commune_nom: CommuneRow['nom'] | null;
};

/**
 * Help points of a département whose funding or contract ends between `from` and `to`
 * (YYYY-MM-DD, inclusive), by EPCI then date; not those marked closed (nothing left to fund).
 */
export function placesEnding(
	db: Database.Database,
	dep: string,
	from: string,
	to: string
): EndingPlace[] {
	return db
		.prepare<[string, string, string], EndingPlace>(
			`SELECT l.id, l.nom, l.kind, l.code_insee, l.fin_financement, l.statut, l.note_statut,
			        c.epci, e.nom AS epci_nom, c.nom AS commune_nom
			 FROM lieux l LEFT JOIN communes c ON c.code = l.code_insee LEFT JOIN epci e ON e.code = c.epci
			 WHERE l.departement = ? AND l.fin_financement BETWEEN ? AND ?
			   AND coalesce(l.statut, '') <> 'ferme'
			 ORDER BY e.nom, l.fin_financement, l.nom`
		)
		.all(dep, from, to);
}

/** Every help point of the given ids with a status or an end date, for the scenario editor. */
export function placeStatuses(db: Database.Database, dep: string): PlaceStatusRow[] {
	return db
		.prepare<[string], PlaceStatusRow>(
			`SELECT id, nom, kind, code_insee, fin_financement, statut, note_statut FROM lieux
			 WHERE departement = ? ORDER BY nom`
		)
		.all(dep);
}
