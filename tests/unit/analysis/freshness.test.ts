import { describe, expect, it } from 'vitest';
import { checkedDate, freshness, isStale } from '../../../src/lib/analysis/freshness';

describe('freshness (doubtful after 36 months)', () => {
	it.each([
		['2023-11-23', '2026-11-23', false, 36],
		['2023-11-23', '2026-11-24', true, 36],
		['2023-11-24', '2026-11-23', false, 35],
		['2024-03-15', '2027-03-14', false, 35],
		['2024-03-15', '2027-04-14', true, 36],
		['2024-02-29', '2027-02-28', false, 35],
		['2024-02-29', '2027-03-01', true, 36],
		// France services list of 2024 seen in late 2026: not doubtful (issue 10)
		['2024-08-01', '2026-11-29', false, 27],
		['2023-05-17', '2026-11-29', true, 42],
		['2020-11-26', '2026-11-23', true, 71],
		['2026-11-23', '2026-11-23', false, 0],
		['2026-12-01', '2026-11-23', false, 0],
		['2025-06-01T10:00:00Z', '2026-11-23', false, 17]
	])('updated %s, seen %s → stale %s (%i months)', (maj, today, stale, months) => {
		expect(freshness(maj, today)).toEqual({ stale, months });
		expect(isStale(maj, today)).toBe(stale);
	});

	it.each([null, undefined, '', 'inconnue', '2025-02-30', '1970-01-01'])(
		'no valid date (%j) is stale',
		(maj) => expect(freshness(maj, '2026-11-23')).toEqual({ stale: true, months: null })
	);

	it('accepts a Date for today', () =>
		expect(isStale('2023-01-01', new Date('2026-11-23T12:00:00Z'))).toBe(true));
});

describe("checkedDate (a planner's check counts when it is later than the sources)", () => {
	it.each([
		['2023-05-17', null, '2023-05-17', false],
		['2023-05-17', '2026-11-29', '2026-11-29', true],
		['2026-12-01', '2026-11-29', '2026-12-01', false],
		['2026-11-29', '2026-11-29', '2026-11-29', false],
		['1970-01-01', '2026-11-29', '2026-11-29', true],
		[null, '2026-11-29', '2026-11-29', true],
		[null, null, null, false]
	])('sources %s, checked %s → %s (verified %s)', (source, verified, date, isVerified) =>
		expect(checkedDate(source, verified)).toEqual({ date, verified: isVerified })
	);

	it('lifts the stale warning of old sources', () => {
		expect(isStale('2020-01-01', '2026-11-29')).toBe(true);
		expect(isStale(checkedDate('2020-01-01', '2026-11-29').date, '2026-11-29')).toBe(false);
	});
});
