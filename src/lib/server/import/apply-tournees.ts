/**
 * Tours of an import → `tournees_arrets` and `zones_desserte` (origine 'tournee'). A file
 * gives the whole tour of every service it names: the stops of that service not in the file
 * are removed, identical stops are kept, new ones are added. The communes of the stops join the
 * service area (a commune already in it keeps its origin).
 */
import type Database from 'better-sqlite3';
import { issue } from '../../import/fields';
import type { Located } from '../../import/read-import';
import { lieuRefField, lieuRefKey, lieuRefLabel } from '../../import/lieu-ref';
import type { TourStopRecord } from '../../import/tournees';
import { existingRow, getRow, type ChangeLog } from '../db/change-log';
import { lieuOfRef, nextId, tourStopRows, tourZones } from '../db/import-lookups';
import type { TourneeArretRow } from '../../types/rows';
import type { ImportContext, Outcome } from './context';

/** Result of a tours import: the outcome of each row and the stops removed from the tours. */
export interface ToursResult {
	outcomes: Outcome[];
	removed: number;
}

/** The columns a stop of a file gives; two stops with the same ones are the same stop. */
const STOP_COLUMNS = [
	'code_insee',
	'lat',
	'lon',
	'libelle',
	'horaires',
	'valide_du',
	'valide_au'
] as const;
type StopValues = Pick<TourneeArretRow, (typeof STOP_COLUMNS)[number] | 'source'>;

const stopValues = (s: TourStopRecord, source: string): StopValues => ({
	code_insee: s.codeInsee,
	lat: s.lat,
	lon: s.lon,
	libelle: s.libelle,
	horaires: s.horaires,
	valide_du: s.valideDu,
	valide_au: s.valideAu,
	source
});
const sameStop = (a: StopValues, b: StopValues) =>
	STOP_COLUMNS.every((k) => (a[k] ?? null) === (b[k] ?? null));

/** Apply the stops of a tours file. */
export function applyTournees(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	stops: Located<TourStopRecord>[]
): ToursResult {
	const outcomes: Outcome[] = [];
	const byLieu = new Map<number, Located<TourStopRecord>[]>();
	const warnedLieux = new Set<number>();
	const lieuIds = new Map<string, number | null>();
	for (const located of stops) {
		const { line, record: s } = located;
		const err = (field: string, message: string) => {
			ctx.issues.push(issue('error', ctx.file, line, field, message));
			outcomes.push('rejected');
		};
		const refKey = lieuRefKey(s.lieu);
		if (!lieuIds.has(refKey)) lieuIds.set(refKey, lieuOfRef(db, s.lieu));
		const lieu = lieuIds.get(refKey) ?? null;
		if (lieu === null) {
			const msg = `Lieu ${lieuRefLabel(s.lieu)} introuvable dans la base : arrêt ignoré.`;
			err(lieuRefField(s.lieu), msg);
			continue;
		}
		let stop = s;
		if (s.codeInsee && !ctx.communes.has(s.codeInsee)) {
			if (s.lat == null) {
				err('code_insee', `Commune « ${s.codeInsee} » absente de la base : arrêt ignoré.`);
				continue;
			}
			const msg = `Commune « ${s.codeInsee} » absente de la base : seule la position est gardée.`;
			ctx.issues.push(issue('warning', ctx.file, line, 'code_insee', msg));
			stop = { ...s, codeInsee: null };
		}
		const row = existingRow(db, 'lieux', { id: lieu });
		if (!row.itinerant && !warnedLieux.has(lieu)) {
			warnedLieux.add(lieu);
			const msg = `Le lieu « ${row.nom} » n’est pas marqué itinérant : tournée enregistrée quand même.`;
			ctx.issues.push(issue('warning', ctx.file, line, 'lieu_id', msg));
		}
		byLieu.set(lieu, [...(byLieu.get(lieu) ?? []), { line, record: stop }]);
	}
	const source = `import:${ctx.file}`;
	let removed = 0;
	for (const [lieu, list] of byLieu) {
		const old = tourStopRows(db, lieu);
		const kept = new Set<number>();
		for (const { record } of list) {
			const values = stopValues(record, source);
			const same = old.find((o) => !kept.has(o.id) && sameStop(o, values));
			if (same) {
				kept.add(same.id);
				outcomes.push('unchanged');
				continue;
			}
			log.insert('tournees_arrets', { id: nextId(db, 'tournees_arrets'), lieu, ...values });
			outcomes.push('imported');
		}
		for (const o of old)
			if (!kept.has(o.id)) {
				log.delete('tournees_arrets', { id: o.id });
				removed++;
			}
		const codes = new Set(list.map((x) => x.record.codeInsee).filter((c): c is string => !!c));
		for (const code of tourZones(db, lieu))
			if (!codes.has(code)) log.delete('zones_desserte', { lieu, code_insee: code });
		for (const code of codes)
			if (!getRow(db, 'zones_desserte', { lieu, code_insee: code }))
				log.insert('zones_desserte', { lieu, code_insee: code, origine: 'tournee' });
	}
	return { outcomes, removed };
}
