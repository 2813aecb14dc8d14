import { describe, expect, it } from 'vitest';
import {
	inFrance,
	normalisePhone,
	normaliseUrl,
	padCodePostal,
	padInsee,
	parseCoordinate,
	parseIsoDate,
	parseLatLonText,
	splitList
} from '../../../src/lib/import/fields';
import { itMaps } from '../../helpers/table';

describe('fields', () => {
	itMaps('padInsee(%j) → %j', padInsee, [
		['04070', '04070'],
		['4070', '04070'],
		['4070.0', '04070'],
		['2A004', '2A004'],
		['97101', '97101'],
		['20004', null],
		['ABCDE', null],
		['', null],
		[null, null]
	]);

	itMaps('padCodePostal(%j) → %j', padCodePostal, [
		['4000', '04000'],
		['04000', '04000'],
		['400', null],
		['04 000', '04000']
	]);

	itMaps('parseCoordinate(%j) → %j', parseCoordinate, [
		[44.09, 44.09],
		['44,09', 44.09],
		['-0.56', -0.56],
		['abc', null],
		['', null],
		[Number.NaN, null]
	]);

	it.each([
		['49.609493,2.705751', { lat: 49.609493, lon: 2.705751 }],
		['49.609493, 2.705751', { lat: 49.609493, lon: 2.705751 }],
		['49.6', null],
		['', null]
	])('parseLatLonText(%j)', (raw, expected) => expect(parseLatLonText(raw)).toEqual(expected));

	it.each([
		[44.09, 6.23, true],
		[-21.1, 55.5, true],
		[16.2, -61.5, true],
		[60.5, 30.1, false],
		[6.23, 44.09, false]
	])('inFrance(%d, %d) → %s', (lat, lon, expected) => expect(inFrance(lat, lon)).toBe(expected));

	itMaps('normalisePhone(%j) → %j', normalisePhone, [
		['04 50 56 87 49', '+33450568749'],
		['04.50.56.87.49', '+33450568749'],
		['+33450568749', '+33450568749'],
		['0033450568749', '+33450568749'],
		['0692 12 34 56', '+262692123456'],
		['0590 12 34 56', '+590590123456'],
		['123', null],
		['', null]
	]);

	itMaps('parseIsoDate(%j) → %j', parseIsoDate, [
		['2023-05-11', '2023-05-11'],
		['2023-05-11T10:00:00Z', '2023-05-11'],
		['05/04/2023', '2023-04-05'],
		['1970-01-01', null],
		['2023-02-30', null],
		['hier', null]
	]);

	it('splits lists and normalises URLs', () => {
		expect(splitList('a| b ||c', '|')).toEqual(['a', 'b', 'c']);
		expect(normaliseUrl('www.x.fr')).toBe('https://www.x.fr');
		expect(normaliseUrl('http://x.fr')).toBe('http://x.fr');
	});
});
