import { describe, expect, it } from 'vitest';
import OpeningHours from 'opening_hours';
import {
	convertDayRanges,
	franceServicesHours,
	franceServicesHoursRaw
} from '../../../src/lib/import/hours-france-services';
import { itMaps } from '../../helpers/table';

const FULL = '09:00 - 12:00 / 13:30 - 17:00';

describe('convertDayRanges', () => {
	itMaps('%s → %s', convertDayRanges, [
		['09:00 - 12:00 / 13:30 - 17:00', '09:00-12:00,13:30-17:00'],
		['13:30 - 17:00', '13:30-17:00'],
		['9h00 - 12h00', '09:00-12:00'],
		['08:00 - 10:00 / 10:30 - 12:00 / 14:00 - 18:00', '08:00-10:00,10:30-12:00,14:00-18:00'],
		['', ''],
		[null, ''],
		['12:00 - 09:00', null],
		['09:00 - 09:00', null],
		['25:00 - 26:00', null],
		['14:00 - 17:00 / 09:00 - 12:00', '09:00-12:00,14:00-17:00'],
		['00:00 - 00:00', ''],
		['00:00 - 00:00 / 09:00 - 12:00', '09:00-12:00'],
		['09:45 - 12:00 / 09:45 - 12:00 / 13:45 - 15:30', '09:45-12:00,13:45-15:30'],
		['09:00 - 16:30 / 13:30 - 16:30', '09:00-16:30'],
		['08:00 - 12:00 / 12:00 - 14:00', '08:00-14:00'],
		['fermé', null]
	]);
});

describe('franceServicesHours', () => {
	it.each([
		[
			{ Mo: FULL, Tu: FULL, We: FULL, Th: FULL, Fr: FULL, Sa: '09:00 - 12:00' },
			'Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00'
		],
		[
			{ Mo: '13:30 - 17:00', Tu: FULL, We: FULL, Th: FULL, Fr: '09:00 - 12:00 / 13:30 - 16:00' },
			'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00'
		],
		[{ Mo: FULL, We: FULL }, 'Mo 09:00-12:00,13:30-17:00; We 09:00-12:00,13:30-17:00'],
		[{ Mo: FULL, Tu: FULL, Sa: FULL }, 'Mo-Tu 09:00-12:00,13:30-17:00; Sa 09:00-12:00,13:30-17:00'],
		[{}, null]
	])('%j → %s', (days, expected) => {
		const r = franceServicesHours(days);
		expect(r).toEqual({ osm: expected, badDays: [] });
		if (expected) expect(() => new OpeningHours(expected)).not.toThrow();
	});

	it('returns null and names the days that do not convert', () => {
		expect(franceServicesHours({ Mo: FULL, Tu: 'matin', Fr: '17:00 - 09:00' })).toEqual({
			osm: null,
			badDays: ['Tu', 'Fr']
		});
	});

	it('keeps the raw values readable', () => {
		expect(franceServicesHoursRaw({ Mo: '13:30 - 17:00', Tu: FULL, We: '' })).toBe(
			'Mo 13:30 - 17:00; Tu 09:00 - 12:00 / 13:30 - 17:00'
		);
		expect(franceServicesHoursRaw({})).toBeNull();
	});
});
