/**
 * Next passage of an itinerant service at one stop ("Tu[2] 09:00-12:00"), and the sentence that
 * tells it: "Le bus France services passe à Colmars le 2e mardi du mois, prochain passage mardi
 * 9 décembre, 9 h–12 h". Times are Paris wall-clock times (see wall-clock.ts).
 */
import type OpeningHours from 'opening_hours';
import { parseOpeningHours, timeZoneOf, type HoursLocation } from './opening-hours';
import {
	daysBetween,
	formatHeure,
	formatJour,
	fromWallClock,
	startOfDay,
	toWallClock
} from './wall-clock';

/** One passage, as real instants. */
export interface Passage {
	start: Date;
	end: Date;
}

/** Validity of a stop's schedule, as ISO days (inclusive), e.g. from `tournees_arrets`. */
export interface Validity {
	du?: string | null;
	au?: string | null;
}

const DAY_MS = 86_400_000;
const isOpen = (oh: OpeningHours, t: Date) => oh.getState(t) || oh.getUnknown(t);

/** First instant from `t` (wall-clock) whose open state is `open`, within `max`. */
function seek(oh: OpeningHours, t: Date, open: boolean, max: Date): Date | null {
	for (let i = 0; i < 1000 && isOpen(oh, t) !== open; i++) {
		const next = oh.getNextChange(t, max);
		if (!next || next > max) return null;
		t = next;
	}
	return isOpen(oh, t) === open ? t : null;
}

/** Wall-clock midnight of an ISO day, or null. */
function isoDay(iso: string | null | undefined): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
	return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** The passage under way at `now` or the next one (wall-clock dates), within about a year. */
function nextWall(oh: OpeningHours, wallNow: Date, validity: Validity): Passage | null {
	const du = isoDay(validity.du);
	const au = isoDay(validity.au);
	let t = du && du > wallNow ? du : startOfDay(wallNow);
	const max = new Date(t.getTime() + 400 * DAY_MS);
	for (let i = 0; i < 1000; i++) {
		const start = seek(oh, t, true, max);
		if (!start || (au && daysBetween(au, start) > 0)) return null;
		const end = seek(oh, start, false, max) ?? max;
		if (end > wallNow) return { start, end };
		t = end;
	}
	return null;
}

/**
 * The passage under way at `now` or the next one, or null when the schedule is missing, cannot
 * be read, or has no passage within about a year (or within `validity`).
 */
export function nextPassage(
	horaires: string | null | undefined,
	now: Date = new Date(),
	location: HoursLocation = {},
	validity: Validity = {}
): Passage | null {
	const oh = horaires?.trim() ? parseOpeningHours(horaires.trim(), location) : null;
	if (!oh) return null;
	const zone = timeZoneOf(location.departement);
	const next = nextWall(oh, toWallClock(now, zone), validity);
	return next && { start: fromWallClock(next.start, zone), end: fromWallClock(next.end, zone) };
}

const DAYS: Record<string, string> = {
	Mo: 'lundi',
	Tu: 'mardi',
	We: 'mercredi',
	Th: 'jeudi',
	Fr: 'vendredi',
	Sa: 'samedi',
	Su: 'dimanche'
};
const and = (parts: string[]) =>
	parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
const ordinal = (n: number) =>
	n === 1 ? '1er' : n > 0 ? `${n}e` : n === -1 ? 'dernier' : n === -2 ? 'avant-dernier' : '';

/** "le 2e mardi du mois", "les 1er et 3e jeudis du mois", "le dernier vendredi du mois"… */
function describeSelector(selector: string): string | null {
	const nth = /^(Mo|Tu|We|Th|Fr|Sa|Su)\[(-?\d(?:,-?\d)*)\]$/.exec(selector);
	if (nth) {
		const ranks = nth[2].split(',').map(Number);
		const words = ranks.map(ordinal);
		if (words.includes('')) return null;
		const day = DAYS[nth[1]];
		if (ranks.length > 1 && ranks.every((r) => r > 0)) return `les ${and(words)} ${day}s du mois`;
		return `${and(words.map((w) => (w.startsWith('a') ? `l’${w}` : `le ${w}`)))} ${day} du mois`;
	}
	const range = /^(Mo|Tu|We|Th|Fr|Sa|Su)-(Mo|Tu|We|Th|Fr|Sa|Su)$/.exec(selector);
	if (range) return `du ${DAYS[range[1]]} au ${DAYS[range[2]]}`;
	const list = selector.split(',');
	if (list.every((d) => d in DAYS)) return `chaque ${and(list.map((d) => DAYS[d]))}`;
	return null;
}

/**
 * The recurrence of a schedule in French for the common forms ("Tu[2]", "Mo-Fr", "We",
 * "Th[1,3]", "Fr[-1]", each followed by time ranges; "PH off" ignored), else "selon le
 * calendrier".
 */
export function describeRule(horaires: string | null | undefined): string {
	const rules = (horaires ?? '')
		.split(';')
		.map((r) => r.trim())
		.filter((r) => r && !/^PH (off|closed)$/.test(r));
	const parts = rules.map((rule) => {
		const m = /^(\S+) (\d\d:\d\d-\d\d:\d\d(?:,\d\d:\d\d-\d\d:\d\d)*)$/.exec(rule);
		return m ? describeSelector(m[1]) : null;
	});
	if (parts.length === 0 || parts.some((p) => p === null)) return 'selon le calendrier';
	return and(parts as string[]);
}

/** "à Colmars", "au Chaffaut-Saint-Jurson", "aux Mées". */
function aCommune(nom: string): string {
	if (/^Les /.test(nom)) return `aux ${nom.slice(4)}`;
	if (/^Le /.test(nom)) return `au ${nom.slice(3)}`;
	return `à ${nom}`;
}

/** Who passes, what rule, where; and when next, with every time range of that day. */
export interface PassageStop {
	commune: string;
	horaires: string | null | undefined;
	/** Subject of the sentence (default "Le bus France services"). */
	sujet?: string;
	validity?: Validity;
}

/**
 * "Le bus France services passe à Colmars le 2e mardi du mois, prochain passage mardi 9 décembre,
 * 9 h–12 h"; "…, prochain passage demain, 9 h–12 h et 14 h–16 h"; "…, aucun passage prévu".
 */
export function describePassage(
	stop: PassageStop,
	now: Date = new Date(),
	location: HoursLocation = {}
): string {
	const head = `${stop.sujet ?? 'Le bus France services'} passe ${aCommune(stop.commune)}`;
	const value = stop.horaires?.trim() ?? '';
	const oh = value ? parseOpeningHours(value, location) : null;
	if (!oh) return `${head}, jours de passage non renseignés`;
	const wallNow = toWallClock(now, timeZoneOf(location.departement));
	const next = nextWall(oh, wallNow, stop.validity ?? {});
	const rule = `${head} ${describeRule(value)}`;
	if (!next) return `${rule}, aucun passage prévu`;
	const day = startOfDay(next.start);
	const days = daysBetween(wallNow, day);
	const label = days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : formatJour(day);
	const ranges = oh
		.getOpenIntervals(day, new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1))
		.map(([a, b]) => `${formatHeure(a)}–${formatHeure(b)}`);
	return `${rule}, prochain passage ${label}, ${and(ranges)}`;
}
