import { describe, expect, it } from 'vitest';
import { parseCommunePoints } from '../../../src/lib/import/representative-point';
import { readSource } from '../../helpers/opendata';

describe('communes-france-2024-latlng.csv', () => {
	it('has a point for every commune but 3 (60694, 85165, 85212)', () => {
		const { records, issues } = parseCommunePoints(
			readSource('communes-latlng-2024'),
			'communes.csv'
		);
		expect(records.length).toBeGreaterThan(34900);
		const codes = new Set(records.map((r) => r.code));
		expect(['04070', '03185', '40192'].every((c) => codes.has(c))).toBe(true);
		expect(issues.filter((i) => i.level === 'error')).toEqual([]);
		expect([...new Set(issues.map((i) => i.message.match(/\d{5}/)?.[0]))].sort()).toEqual([
			'60694',
			'85165',
			'85212'
		]);
	});
});
