/** The statuses a planner gives a help point (migration 007), with the words the screens use. */
export type PlaceStatus = 'actif' | 'menace' | 'en_projet' | 'ferme';

export const PLACE_STATUS: Record<PlaceStatus, { label: string }> = {
	actif: { label: 'actif' },
	menace: { label: 'menacé' },
	en_projet: { label: 'en projet' },
	ferme: { label: 'fermé' }
};

export const PLACE_STATUSES = Object.keys(PLACE_STATUS) as PlaceStatus[];

export function isPlaceStatus(v: string): v is PlaceStatus {
	return (PLACE_STATUSES as string[]).includes(v);
}

/** Longest note a planner gives with a status (the form and the status files). */
export const PLACE_NOTE_MAX = 500;

/**
 * The days whose funding ends the planner lists and the dossier print: from `today` (an ISO date)
 * to the same day a year later (28 February after a 29 February).
 */
export function endingWindow(today: string): { from: string; to: string } {
	const [y, m, d] = today.split('-').map(Number);
	const next = new Date(Date.UTC(y + 1, m - 1, d));
	// 29 February + 1 year rolls over to 1 March: keep the window within 12 months
	if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
	return { from: today, to: next.toISOString().slice(0, 10) };
}
