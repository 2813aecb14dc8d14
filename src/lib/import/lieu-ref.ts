/**
 * How a row of a planner's file names a help point already in the database: its Maillage id
 * (`lieu_id`), or its id in a source and the source key (`lieu_source_id` + `source`, stable
 * across rebuilds). Shared by the tours and the status files.
 */
import { cleanText, reject, type RowContext } from './fields';

/** Which help point a row is about: its Maillage id, or its id in a source. */
export type LieuRef = { id: number } | { source: string; sourceId: string };

/** Stable text for a help-point reference (to group or compare rows naming one place). */
export function lieuRefKey(ref: LieuRef): string {
	return 'id' in ref ? `id:${ref.id}` : `source:${ref.source}:${ref.sourceId}`;
}

/** The reference in words, for messages: « n° 16 » or « france-services-2024 « 3097 » ». */
export function lieuRefLabel(ref: LieuRef): string {
	return 'id' in ref ? `n° ${ref.id}` : `${ref.source} « ${ref.sourceId} »`;
}

/** The column a reference was read from, for messages about it. */
export function lieuRefField(ref: LieuRef): 'lieu_id' | 'lieu_source_id' {
	return 'id' in ref ? 'lieu_id' : 'lieu_source_id';
}

/**
 * A row's help-point reference, or null with an error on the row; `ignored` ends the messages
 * (« arrêt ignoré », « ligne ignorée »).
 */
export function readLieuRef(
	row: Record<string, string>,
	ctx: RowContext,
	ignored: string
): LieuRef | null {
	const rawId = cleanText(row.lieu_id);
	if (rawId) {
		if (/^\d+$/.test(rawId)) return { id: Number(rawId) };
		reject(ctx, 'lieu_id', `Identifiant de lieu « ${rawId} » invalide (nombre attendu).`);
		return null;
	}
	const sourceId = cleanText(row.lieu_source_id);
	const source = cleanText(row.source);
	if (sourceId && source) return { source, sourceId };
	if (sourceId) {
		reject(ctx, 'source', 'Colonne « source » vide : impossible de retrouver le lieu.');
		return null;
	}
	reject(ctx, 'lieu_id', `Lieu non indiqué (lieu_id, ou lieu_source_id et source) : ${ignored}.`);
	return null;
}
