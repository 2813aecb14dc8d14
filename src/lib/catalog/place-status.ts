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
