import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	describeHours,
	openingState,
	openingSummary,
	opensOn
} from '../../../src/lib/analysis/opening-state';

// All instants are written in UTC; Paris is UTC+1 in winter and UTC+2 in summer.
const WEEK = 'Mo-Fr 09:00-12:00,13:30-17:00; PH off';

// [what, hours, instant (UTC), département, expected sentence]
const CASES: [string, string | null, string, string | null, string][] = [
	['open in the morning', WEEK, '2025-11-10T09:00Z', null, 'Ouvert maintenant, jusqu’à 12 h'],
	['lunch break', WEEK, '2025-11-10T11:15Z', null, 'Fermé, ouvre aujourd’hui à 13 h 30'],
	['evening before 11 November', WEEK, '2025-11-10T17:00Z', null, 'Fermé, ouvre mercredi à 9 h'],
	['on 11 November (holiday)', WEEK, '2025-11-11T09:00Z', null, 'Fermé, ouvre demain à 9 h'],
	['Friday evening', WEEK, '2025-11-14T17:00Z', null, 'Fermé, ouvre lundi à 9 h'],
	['Christmas (Thursday)', WEEK, '2025-12-25T09:00Z', '04', 'Fermé, ouvre demain à 9 h'],
	['Christmas in Moselle', WEEK, '2025-12-25T09:00Z', '57', 'Fermé, ouvre lundi à 9 h'],
	['Easter Monday 2026', WEEK, '2026-04-06T08:00Z', null, 'Fermé, ouvre demain à 9 h'],
	[
		'Toussaint on a Saturday',
		'Mo-Sa 09:00-12:00; PH off',
		'2025-11-01T09:00Z',
		null,
		'Fermé, ouvre lundi à 9 h'
	],
	[
		'summer time',
		'Mo-Fr 09:00-17:00',
		'2025-07-02T14:30Z',
		null,
		'Ouvert maintenant, jusqu’à 17 h'
	],
	[
		'half hours',
		'Mo-Fr 08:30-12:30',
		'2025-11-10T09:00Z',
		null,
		'Ouvert maintenant, jusqu’à 12 h 30'
	],
	// 00:30 in Paris on Tuesday is still Monday in UTC
	[
		'just after midnight in Paris',
		'Mo-Fr 09:00-17:00',
		'2025-11-10T23:30Z',
		null,
		'Fermé, ouvre aujourd’hui à 9 h'
	],
	[
		'2nd Tuesday, later in the month',
		'Tu[2] 09:00-12:00',
		'2025-11-20T09:00Z',
		null,
		'Fermé, ouvre le mardi 9 décembre à 9 h'
	],
	[
		'2nd Tuesday, the day before',
		'Tu[2] 09:00-12:00',
		'2025-12-08T14:00Z',
		null,
		'Fermé, ouvre demain à 9 h'
	],
	[
		'2nd Tuesday, during',
		'Tu[2] 09:00-12:00',
		'2025-12-09T10:00Z',
		null,
		'Ouvert maintenant, jusqu’à 12 h'
	],
	[
		'until midnight',
		'Mo-Fr 18:00-24:00',
		'2025-11-10T19:00Z',
		null,
		'Ouvert maintenant, jusqu’à minuit'
	],
	[
		'past midnight',
		'Mo-Fr 20:00-02:00',
		'2025-11-10T22:00Z',
		null,
		'Ouvert maintenant, jusqu’à demain 2 h'
	],
	['always open', '24/7', '2025-11-10T09:00Z', null, 'Ouvert maintenant, 24 h sur 24'],
	['always closed', 'off', '2025-11-10T09:00Z', null, 'Fermé'],
	[
		'comment',
		'Mo-Fr 09:00-12:00 "sur rendez-vous"',
		'2025-11-10T09:00Z',
		null,
		'Ouverture à confirmer (sur rendez-vous), jusqu’à 12 h'
	],
	['no value', null, '2025-11-10T09:00Z', null, 'Horaires non renseignés'],
	['blank value', '  ', '2025-11-10T09:00Z', null, 'Horaires non renseignés'],
	['unparsable value', 'sur rendez-vous', '2025-11-10T09:00Z', null, 'Horaires non reconnus'],
	['impossible time', 'Mo-Fr 25:00-26:00', '2025-11-10T09:00Z', null, 'Horaires non reconnus'],
	// the library tolerates French day names and "9h"
	[
		'tolerated French',
		'lundi 9h-12h',
		'2025-11-10T09:00Z',
		null,
		'Ouvert maintenant, jusqu’à 12 h'
	],
	// Guadeloupe is UTC−4: 13:00Z is 9:00 there
	[
		'overseas time zone',
		'Mo-Fr 08:00-12:00',
		'2025-11-10T13:00Z',
		'971',
		'Ouvert maintenant, jusqu’à 12 h'
	]
];

function runCases() {
	it.each(CASES)('%s', (_what, hours, instant, departement, expected) => {
		expect(openingState(hours, new Date(instant), { departement }).text).toBe(expected);
	});
}

describe('openingState', () => {
	runCases();

	it('gives the kind, the boolean and the next change as a real instant', () => {
		expect(openingState(WEEK, new Date('2025-11-10T09:00Z'))).toEqual({
			kind: 'ouvert',
			open: true,
			text: 'Ouvert maintenant, jusqu’à 12 h',
			nextChange: new Date('2025-11-10T11:00Z')
		});
		const closed = openingState('Tu[2] 09:00-12:00', new Date('2025-11-20T09:00Z'));
		expect(closed.open).toBe(false);
		expect(closed.nextChange).toEqual(new Date('2025-12-09T08:00Z'));
		expect(openingState('x', new Date()).kind).toBe('non-reconnu');
	});

	it('crosses the end of summer time', () => {
		// Saturday 25 October 2025, 20:00 in Paris; clocks go back that night
		const s = openingState('Mo-Su 09:00-12:00', new Date('2025-10-25T18:00Z'));
		expect(s.text).toBe('Fermé, ouvre demain à 9 h');
		expect(s.nextChange).toEqual(new Date('2025-10-26T08:00Z'));
	});
});

// Node re-reads process.env.TZ when it is assigned, so the same table runs as if the server
// were elsewhere; the answers must not move.
describe.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'])(
	'openingState with the process in %s',
	(zone) => {
		let saved: string | undefined;
		beforeAll(() => {
			saved = process.env.TZ;
			process.env.TZ = zone;
		});
		afterAll(() => {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		});
		it('really runs in that zone', () => {
			const offsets: Record<string, number> = {
				UTC: 0,
				'America/New_York': 300,
				'Asia/Tokyo': -540,
				'Pacific/Kiritimati': -840
			};
			expect(new Date('2025-11-10T12:00Z').getTimezoneOffset()).toBe(offsets[zone]);
		});
		runCases();
	}
);

describe('describeHours', () => {
	const monday = new Date('2025-11-10T09:00Z');
	it('describes a week with a lunch break, Saturday morning and holidays', () => {
		expect(
			describeHours(`${WEEK.replace('; PH off', '')}; Sa 09:00-12:00; PH off`, monday)
		).toEqual([
			'Lundi : 9 h – 12 h, 13 h 30 – 17 h',
			'Mardi : 9 h – 12 h, 13 h 30 – 17 h',
			'Mercredi : 9 h – 12 h, 13 h 30 – 17 h',
			'Jeudi : 9 h – 12 h, 13 h 30 – 17 h',
			'Vendredi : 9 h – 12 h, 13 h 30 – 17 h',
			'Samedi : 9 h – 12 h',
			'Dimanche : fermé',
			'Jours fériés : fermé'
		]);
	});

	it.each([
		['Tu[2] 09:00-12:00', 'Mardi : 9 h – 12 h (certaines semaines)', 1],
		['24/7', 'Lundi : 24 h sur 24', 0],
		// a later rule replaces an earlier one on the same day (OSM semantics)
		[
			'Mo 08:30-12:00; Mo[1] 14:00-16:00',
			'Lundi : 8 h 30 – 12 h ou 14 h – 16 h (certaines semaines)',
			0
		],
		['We 09:00-12:00 "sur rendez-vous"', 'Mercredi : 9 h – 12 h (à confirmer)', 2],
		['Sa 09:00-12:00; PH 10:00-11:00', 'Jours fériés : 10 h – 11 h', 7]
	])('%s', (hours, line, index) => {
		expect(describeHours(hours, monday)[index]).toBe(line);
	});

	it.each([
		[null, ['Horaires non renseignés']],
		['n’importe quoi', ['Horaires non reconnus']]
	])('%s', (hours, lines) => {
		expect(describeHours(hours, monday)).toEqual(lines);
	});
});

describe('opensOn', () => {
	const monday = new Date('2025-11-10T09:00Z');
	it.each([
		['Mo-Fr 09:00-17:00; Sa 09:00-12:00', 6, true],
		['Mo-Fr 09:00-17:00', 6, false],
		['Mo-Fr 09:00-17:00', 0, false],
		['Mo-Fr 09:00-17:00', 1, true],
		['Sa[1] 09:00-12:00', 6, true],
		['24/7', 0, true],
		['sur rendez-vous', 6, false],
		[null, 6, false]
	])('%s, day %i → %s', (hours, weekday, expected) => {
		expect(opensOn(hours, weekday, monday)).toBe(expected);
	});
});

describe('openingSummary', () => {
	it('does not say "Horaires non renseignés" next to a weekly summary (/lieu/612)', () => {
		const s = openingSummary(null, '12 h d’ouverture par semaine');
		expect(s.text).toBe('Jours et heures non publiés (12 h d’ouverture par semaine)');
		expect(s.text).not.toMatch(/non renseignés/);
	});
	it('is openingState when hours are readable or nothing is known', () => {
		const now = new Date('2026-11-23T10:00:00Z');
		expect(openingSummary('Mo-Fr 09:00-17:00', 'x', now)).toEqual(
			openingState('Mo-Fr 09:00-17:00', now)
		);
		expect(openingSummary(null, null).text).toBe('Horaires non renseignés');
	});
});
