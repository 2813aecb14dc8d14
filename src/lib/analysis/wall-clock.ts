/**
 * Wall-clock time of a French time zone, whatever the process's own time zone, and its French
 * wording ("9 h 30", "mardi 9 décembre").
 *
 * Libraries such as opening_hours read and write a Date through its *local* getters and setters
 * (getDay, getHours, setHours…), i.e. in the process's time zone, which is UTC on most servers.
 * So we hand them a "wall-clock date": a Date whose local fields equal the wall-clock time in
 * Europe/Paris (read with Intl.DateTimeFormat). Its instant is meaningless; only its fields are.
 * `fromWallClock` turns one back into a real instant. Limit: a wall-clock time that does not exist
 * in the process's own zone (its spring-forward hour) is shifted by an hour; a process in UTC or in
 * Europe/Paris has no such problem for Paris times.
 */

/** Default time zone: mainland France. */
export const PARIS = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** [year, month (1-12), day, hour (0-23), minute, second] of an instant in a time zone. */
function fields(instant: number, timeZone: string): number[] {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	const get = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
	return [get.year, get.month, get.day, get.hour, get.minute, get.second];
}

/** A Date whose local fields are the wall-clock time of `date` in `timeZone` (see above). */
export function toWallClock(date: Date, timeZone = PARIS): Date {
	const [y, mo, d, h, mi, s] = fields(date.getTime(), timeZone);
	return new Date(y, mo - 1, d, h, mi, s, date.getMilliseconds());
}

/** The real instant of a wall-clock date (inverse of toWallClock; first one in a repeated hour). */
export function fromWallClock(wall: Date, timeZone = PARIS): Date {
	const target = Date.UTC(
		wall.getFullYear(),
		wall.getMonth(),
		wall.getDate(),
		wall.getHours(),
		wall.getMinutes(),
		wall.getSeconds(),
		wall.getMilliseconds()
	);
	const offset = (t: number) => {
		const [y, mo, d, h, mi, s] = fields(t, timeZone);
		return Date.UTC(y, mo - 1, d, h, mi, s) - (t - (((t % 1000) + 1000) % 1000));
	};
	// the zone's offset at a first guess, then once more to settle across a DST change
	let t = target - offset(target);
	t = target - offset(t);
	return new Date(t);
}

/** Midnight (local fields) of a wall-clock date's day. */
export function startOfDay(wall: Date): Date {
	return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate());
}

/** Calendar days from `from` to `to` (wall-clock dates): 0 same day, 1 tomorrow… */
export function daysBetween(from: Date, to: Date): number {
	const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
	const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
	return Math.round((b - a) / 86_400_000);
}

/** French weekday names, index = Date.getDay() (0 = dimanche). */
export const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const MOIS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre';

/** "9 h", "12 h 30", "minuit" for a wall-clock date's time. */
export function formatHeure(wall: Date): string {
	const h = wall.getHours();
	const m = wall.getMinutes();
	if (h === 0 && m === 0) return 'minuit';
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** "mardi 9 décembre", "lundi 1er juin" for a wall-clock date. */
export function formatJour(wall: Date): string {
	const d = wall.getDate();
	return `${JOURS[wall.getDay()]} ${d === 1 ? '1er' : d} ${MOIS.split(' ')[wall.getMonth()]}`;
}
