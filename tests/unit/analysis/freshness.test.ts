import { describe, expect, it } from 'vitest';
import { freshness, isStale } from '../../../src/lib/analysis/freshness';

describe('freshness (stale after 12 months)', () => {
	it.each([
		['2025-11-23', '2026-11-23', false, 12],
		['2025-11-23', '2026-11-24', true, 12],
		['2025-11-24', '2026-11-23', false, 11],
		['2024-03-15', '2025-03-14', false, 11],
		['2024-03-15', '2025-04-14', true, 12],
		['2024-02-29', '2025-02-28', false, 11],
		['2024-02-29', '2025-03-01', true, 12],
		['2020-11-26', '2026-11-23', true, 71],
		['2026-11-23', '2026-11-23', false, 0],
		['2026-12-01', '2026-11-23', false, 0],
		['2025-06-01T10:00:00Z', '2026-11-23', true, 17]
	])('updated %s, seen %s → stale %s (%i months)', (maj, today, stale, months) => {
		expect(freshness(maj, today)).toEqual({ stale, months });
		expect(isStale(maj, today)).toBe(stale);
	});

	it.each([null, undefined, '', 'inconnue', '2025-02-30'])('no valid date (%j) is stale', (maj) =>
		expect(freshness(maj, '2026-11-23')).toEqual({ stale: true, months: null })
	);

	it('accepts a Date for today', () =>
		expect(isStale('2025-01-01', new Date('2026-11-23T12:00:00Z'))).toBe(true));
});
