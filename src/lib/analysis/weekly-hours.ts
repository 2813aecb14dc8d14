/**
 * A help point's week in readable French ("Lundi : 9 h – 12 h, 13 h 30 – 17 h", "Samedi : fermé")
 * and whether it opens on a given weekday, in Europe/Paris wall-clock time (see wall-clock.ts).
 */
import type OpeningHours from 'opening_hours';
import { parseOpeningHours, timeZoneOf, type HoursLocation } from './opening-hours';
import { formatHeure, JOURS, startOfDay, toWallClock } from './wall-clock';

const DAY_MS = 86_400_000;

/** "9 h – 12 h, 13 h 30 – 17 h" for one wall-clock day, '' when closed all day. */
function dayHours(oh: OpeningHours, day: Date): string {
	const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
	const ranges = oh.getOpenIntervals(day, end);
	if (ranges.length === 1 && +ranges[0][0] === +day && +ranges[0][1] === +end)
		return ranges[0][2] ? '24 h sur 24 (à confirmer)' : '24 h sur 24';
	const text = (r: (typeof ranges)[number]) =>
		`${formatHeure(r[0])} – ${formatHeure(r[1])}${r[2] ? ' (à confirmer)' : ''}`;
	return ranges.map(text).join(', ');
}

const WEEKS = 8;

/** Hours of weekday `d` (0 = lundi) on each of the next WEEKS weeks, public holidays left out. */
function weekdayHours(
	value: string,
	d: number,
	now: Date,
	location: HoursLocation
): string[] | null {
	const oh = parseOpeningHours(value, location);
	const holidays = parseOpeningHours('PH', location);
	if (!oh || !holidays) return null;
	const today = startOfDay(toWallClock(now, timeZoneOf(location.departement)));
	const monday = today.getDate() - ((today.getDay() + 6) % 7);
	const seen: string[] = [];
	for (let w = 0; w < WEEKS; w++) {
		const day = new Date(today.getFullYear(), today.getMonth(), monday + 7 * w + d);
		if (!holidays.getState(new Date(day.getTime() + DAY_MS / 2))) seen.push(dayHours(oh, day));
	}
	return seen;
}

/**
 * True when the place opens at some time on that weekday (0 = dimanche … 6 = samedi, as
 * Date.getDay) in the coming weeks, e.g. for the "ouvert le samedi" filter; false when the
 * hours are missing or unreadable.
 */
export function opensOn(
	hours: string | null | undefined,
	weekday: number,
	now: Date = new Date(),
	location: HoursLocation = {}
): boolean {
	const value = hours?.trim() ?? '';
	const seen = value ? weekdayHours(value, (weekday + 6) % 7, now, location) : null;
	return seen !== null && seen.some((v) => v !== '');
}

/**
 * The week in readable French, Monday first: ["Lundi : 9 h – 12 h, 13 h 30 – 17 h", …,
 * "Samedi : fermé", "Dimanche : fermé"], read from the next WEEKS weeks (from `now`'s Monday),
 * public holidays left aside. A day whose hours vary from week to week (e.g. "Tu[2]", the 2nd
 * Tuesday) says "(certaines semaines)". A last line gives the hours on public holidays when the
 * value mentions them ("Jours fériés : fermé"). One line "Horaires non renseignés" or "Horaires non
 * reconnus" when there is nothing to describe.
 */
export function describeHours(
	hours: string | null | undefined,
	now: Date = new Date(),
	location: HoursLocation = {}
): string[] {
	const value = hours?.trim() ?? '';
	if (!value) return ['Horaires non renseignés'];
	const oh = parseOpeningHours(value, location);
	const holidays = parseOpeningHours('PH', location);
	if (!oh || !holidays) return ['Horaires non reconnus'];
	const lines: string[] = [];
	for (let d = 0; d < 7; d++) {
		const seen = weekdayHours(value, d, now, location) ?? [];
		const variants = [...new Set(seen)].filter((v) => v !== '');
		const name = JOURS[(d + 1) % 7].replace(/^./, (c) => c.toUpperCase());
		if (variants.length === 0) lines.push(`${name} : fermé`);
		else if (variants.length === 1 && !seen.includes('')) lines.push(`${name} : ${variants[0]}`);
		else lines.push(`${name} : ${variants.join(' ou ')} (certaines semaines)`);
	}
	if (/\bPH\b/.test(value)) {
		const today = startOfDay(toWallClock(now, timeZoneOf(location.departement)));
		const first = holidays.getState(today) ? today : holidays.getNextChange(today);
		if (first) lines.push(`Jours fériés : ${dayHours(oh, startOfDay(first)) || 'fermé'}`);
	}
	return lines;
}
