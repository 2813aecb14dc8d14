/** The planner's status form of a help point: status, funding end date, note. */
import {
	isPlaceStatus,
	PLACE_NOTE_MAX,
	PLACE_STATUSES,
	type PlaceStatus
} from '../catalog/place-status';
import { all, invalid, ok, text, type Parsed, type Query } from './parsed';

export interface PlaceStatusFields {
	statut: PlaceStatus | null;
	/** YYYY-MM-DD, or null. */
	finFinancement: string | null;
	note: string | null;
}

/** `fin_financement`: a date YYYY-MM-DD (empty = none). */
export function parseEndDate(q: Query, name = 'fin_financement'): Parsed<string | null> {
	const raw = text(q, name);
	if (!raw) return ok(null);
	const d = new Date(`${raw}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
		!Number.isNaN(d.getTime()) &&
		d.toISOString().startsWith(raw)
		? ok(raw)
		: invalid(
				`Champ « ${name} » invalide : « ${raw.slice(0, 20)} ». Une date AAAA-MM-JJ est attendue.`
			);
}

function parseStatus(q: Query): Parsed<PlaceStatus | null> {
	const raw = text(q, 'statut');
	if (!raw) return ok(null);
	return isPlaceStatus(raw)
		? ok(raw)
		: invalid(
				`Champ « statut » invalide : « ${raw.slice(0, 20)} ». Valeurs possibles : ${PLACE_STATUSES.join(', ')}.`
			);
}

function parseNote(q: Query): Parsed<string | null> {
	const raw = text(q, 'note_statut');
	if (!raw) return ok(null);
	return raw.length <= PLACE_NOTE_MAX
		? ok(raw)
		: invalid(`Champ « note_statut » trop long : ${PLACE_NOTE_MAX} caractères au plus.`);
}

export function parsePlaceStatus(q: Query): Parsed<PlaceStatusFields> {
	return all<PlaceStatusFields>({
		statut: parseStatus(q),
		finFinancement: parseEndDate(q),
		note: parseNote(q)
	});
}
