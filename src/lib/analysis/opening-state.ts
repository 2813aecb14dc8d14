/**
 * Opening state and weekly hours of a help point in plain French ("Ouvert maintenant, jusqu’à
 * 17 h", "Lundi : 9 h – 12 h, 13 h 30 – 17 h"), from its OSM opening_hours value.
 *
 * Times are Europe/Paris (or the overseas zone of `location.departement`) whatever the process's
 * time zone: the library is given wall-clock dates (see wall-clock.ts). Holidays come from the
 * library's bundled French list, offline (see opening-hours.ts).
 */
import type OpeningHours from 'opening_hours';
import { parseOpeningHours, timeZoneOf, type HoursLocation } from './opening-hours';
import {
	daysBetween,
	formatHeure,
	formatJour,
	fromWallClock,
	JOURS,
	toWallClock
} from './wall-clock';

/** Open, closed, open with a caveat (comment or `unknown`), no value, or a value we cannot read. */
export type OpeningKind = 'ouvert' | 'ferme' | 'a-confirmer' | 'non-renseigne' | 'non-reconnu';

/** The state at one instant. */
export interface OpeningState {
	kind: OpeningKind;
	/** true open, false closed, null unknown (no value, unreadable, or to be confirmed). */
	open: boolean | null;
	/** Sentence shown to people. */
	text: string;
	/** When the state changes next (a real instant), if within a year. */
	nextChange: Date | null;
}

const DAY_MS = 86_400_000;

/** Next instant (wall-clock) when the open/closed/unknown state really changes, within a year. */
function nextStateChange(oh: OpeningHours, from: Date): Date | null {
	const state = oh.getStateString(from);
	const max = new Date(from.getTime() + 366 * DAY_MS);
	let t = from;
	// the library also stops at rule boundaries (e.g. every midnight) where the state stays
	for (let i = 0; i < 1000; i++) {
		const next = oh.getNextChange(t, max);
		if (!next || next > max) return null;
		if (oh.getStateString(next) !== state) return next;
		t = next;
	}
	return null;
}

/** "aujourd’hui à 14 h", "demain à 9 h", "mardi à 9 h", "le mardi 9 décembre à 9 h". */
function when(at: Date, now: Date): string {
	const days = daysBetween(now, at);
	const hour = formatHeure(at);
	if (hour === 'minuit' && days === 1) return 'à minuit';
	if (days === 0) return `aujourd’hui à ${hour}`;
	if (days === 1) return `demain à ${hour}`;
	return days < 7 ? `${JOURS[at.getDay()]} à ${hour}` : `le ${formatJour(at)} à ${hour}`;
}

/** "17 h", "minuit", "demain 2 h", "lundi 9 h", "lundi 5 janvier 9 h". */
function until(at: Date, now: Date): string {
	const days = daysBetween(now, at);
	const hour = formatHeure(at);
	if (days === 0 || (hour === 'minuit' && days === 1)) return hour;
	if (days === 1) return `demain ${hour}`;
	return days < 7 ? `${JOURS[at.getDay()]} ${hour}` : `${formatJour(at)} ${hour}`;
}

/** A state and the instant (ms) until which the same call gives the very same answer. */
export interface OpeningSpan {
	state: OpeningState;
	/** Exclusive end of validity (epoch ms); Infinity when the value never depends on the time. */
	until: number;
}

/**
 * The state at `now` as a sentence: "Ouvert maintenant, jusqu’à 12 h 30", "Fermé, ouvre demain
 * à 9 h", "Horaires non renseignés", "Horaires non reconnus"… A comment of the value (e.g. "sur
 * rendez-vous") is appended in brackets.
 */
export function openingState(
	hours: string | null | undefined,
	now: Date = new Date(),
	location: HoursLocation = {}
): OpeningState {
	return openingStateSpan(hours, now, location).state;
}

/**
 * `openingState`, with how long it holds: until the value's next rule boundary (where the state
 * or its comment may change) or the next local midnight (the sentence names days relative to
 * today), whichever comes first. For any instant in [now, until) `openingState` gives an equal
 * answer, so a caller may keep it instead of evaluating the hours again at each request.
 */
export function openingStateSpan(
	hours: string | null | undefined,
	now: Date = new Date(),
	location: HoursLocation = {}
): OpeningSpan {
	const value = hours?.trim() ?? '';
	if (!value)
		return {
			state: {
				kind: 'non-renseigne',
				open: null,
				text: 'Horaires non renseignés',
				nextChange: null
			},
			until: Infinity
		};
	const oh = parseOpeningHours(value, location);
	if (!oh)
		return {
			state: { kind: 'non-reconnu', open: null, text: 'Horaires non reconnus', nextChange: null },
			until: Infinity
		};
	const zone = timeZoneOf(location.departement);
	const wall = toWallClock(now, zone);
	const midnight = new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + 1);
	const boundary = oh.getNextChange(wall, midnight);
	const end = boundary && boundary < midnight ? boundary : midnight;
	return { state: stateAt(oh, wall, zone), until: fromWallClock(end, zone).getTime() };
}

function stateAt(oh: OpeningHours, wall: Date, zone: string): OpeningState {
	const state = oh.getStateString(wall);
	const next = nextStateChange(oh, wall);
	const nextChange = next ? fromWallClock(next, zone) : null;
	const note = (at: Date) => {
		const comment = oh.getComment(at);
		return comment ? ` (${comment})` : '';
	};
	if (state === 'open') {
		const end = next ? `, jusqu’à ${until(next, wall)}` : ', 24 h sur 24';
		return { kind: 'ouvert', open: true, text: `Ouvert maintenant${end}${note(wall)}`, nextChange };
	}
	if (state === 'unknown') {
		const end = next ? `, jusqu’à ${until(next, wall)}` : '';
		const text = `Ouverture à confirmer${note(wall)}${end}`;
		return { kind: 'a-confirmer', open: null, text, nextChange };
	}
	const text = next ? `Fermé, ouvre ${when(next, wall)}${note(next)}` : 'Fermé';
	return { kind: 'ferme', open: false, text, nextChange };
}

/**
 * The state for a place whose exact hours are unknown but whose source gives a summary (the
 * libraries' "12 h d’ouverture par semaine"): one sentence that does not contradict the
 * summary shown below it. With readable hours, the same as `openingState`.
 */
export function openingSummary(
	hours: string | null | undefined,
	raw: string | null | undefined,
	now: Date = new Date(),
	location: HoursLocation = {}
): OpeningState {
	return summarizeOpening(openingState(hours, now, location), raw);
}

/** `openingSummary` of a state already known (see openingStateSpan). */
export function summarizeOpening(
	state: OpeningState,
	raw: string | null | undefined
): OpeningState {
	const summary = raw?.trim();
	if (state.kind !== 'non-renseigne' || !summary) return state;
	return { ...state, text: `Jours et heures non publiés (${summary})` };
}

// The weekly description lives in weekly-hours.ts; exported here too, with the state.
export { describeHours, opensOn } from './weekly-hours';
