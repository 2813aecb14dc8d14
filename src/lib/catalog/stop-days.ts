/**
 * The days a bus (itinerant service) stops in a commune, as planners write them in a scenario:
 * Monday to Saturday, in week order.
 */
export const STOP_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;
export type StopDay = (typeof STOP_DAYS)[number];

export const isStopDay = (s: string): s is StopDay => (STOP_DAYS as readonly string[]).includes(s);

/** Days in week order, each once. */
export const sortStopDays = (days: readonly StopDay[]): StopDay[] =>
	STOP_DAYS.filter((d) => days.includes(d));

/** "lundi et jeudi", "mardi, mercredi et samedi"; "jours à préciser" when none is given. */
export function stopDaysText(days: readonly StopDay[]): string {
	const d = sortStopDays(days);
	if (d.length === 0) return 'jours à préciser';
	return d.length === 1 ? d[0] : `${d.slice(0, -1).join(', ')} et ${d.at(-1)}`;
}

/** A bus's stops in words: "Riez (lundi et jeudi) ; Oraison (mardi)". */
export function busStopsText(stops: readonly { nom: string; jours: readonly StopDay[] }[]): string {
	return stops.map((s) => `${s.nom} (${stopDaysText(s.jours)})`).join(' ; ');
}
