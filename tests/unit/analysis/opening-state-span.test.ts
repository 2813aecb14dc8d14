import { describe, expect, it } from 'vitest';
import { openingState, openingStateSpan } from '../../../src/lib/analysis/opening-state';

// The finder keeps a state for as long as openingStateSpan says it holds: check it against
// openingState itself, minute after minute (brute force), over the whole span.
const MINUTE = 60_000;

// [what, hours, instant (UTC), département]
const CASES: [string, string | null, string, string | null][] = [
	['open in the morning', 'Mo-Fr 09:00-12:00,13:30-17:00; PH off', '2025-11-10T08:10Z', null],
	['lunch break', 'Mo-Fr 09:00-12:00,13:30-17:00; PH off', '2025-11-10T11:15Z', null],
	['late evening, next day named', 'Mo-Fr 09:00-12:00; PH off', '2025-11-10T21:40Z', null],
	['before a holiday', 'Mo-Fr 09:00-12:00; PH off', '2025-11-10T17:00Z', null],
	[
		'comment that changes at a rule',
		'Mo 09:00-12:00 "sur rendez-vous"; Tu 09:00-12:00',
		'2025-11-10T10:00Z',
		null
	],
	['unknown with comment', 'Mo-Fr 09:00-12:00 unknown "à confirmer"', '2025-11-10T07:30Z', null],
	['always open', '24/7', '2025-11-10T10:00Z', null],
	['overseas time zone', 'Mo-Fr 08:00-16:00', '2025-11-10T11:00Z', '974'],
	['summer time change night', 'Mo-Su 00:00-02:30,03:00-24:00', '2025-03-29T22:30Z', null],
	['no value', null, '2025-11-10T10:00Z', null],
	['unreadable value', 'le matin', '2025-11-10T10:00Z', null]
];

describe('openingStateSpan', () => {
	it.each(CASES)('%s: the state holds over [now, until)', (_, hours, at, departement) => {
		const now = new Date(at);
		const location = { departement };
		const span = openingStateSpan(hours, now, location);
		expect(span.state).toEqual(openingState(hours, now, location));
		expect(span.until).toBeGreaterThan(now.getTime());
		const end = Math.min(span.until, now.getTime() + 2 * 86_400_000);
		for (let t = now.getTime(); t < end; t += 7 * MINUTE)
			expect(openingState(hours, new Date(t), location), new Date(t).toISOString()).toEqual(
				span.state
			);
		expect(openingState(hours, new Date(end - 1), location)).toEqual(span.state);
	});

	it('ends at the next local midnight at the latest (days are named from today)', () => {
		const span = openingStateSpan('Mo-Fr 09:00-12:00', new Date('2025-11-10T20:00Z'));
		expect(span.until).toBe(Date.parse('2025-11-10T23:00Z')); // midnight in Paris (UTC+1)
		expect(openingState('Mo-Fr 09:00-12:00', new Date(span.until)).text).not.toBe(span.state.text);
	});
});
