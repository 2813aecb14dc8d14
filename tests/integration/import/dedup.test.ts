import { describe, expect, it } from 'vitest';
import { mergeHelpPoints } from '../../../src/lib/import/dedup';
import type { HelpPointRecord } from '../../../src/lib/import/types';
import { REAL } from './real-help-points';

describe('mergeHelpPoints on the real files', () => {
	const all = Object.values(REAL).flatMap((parse) => parse().records);
	const dep = (r: HelpPointRecord) => (r.codeInsee ?? r.codePostal ?? '').slice(0, 2);

	it.each([
		['04', 210, 154],
		['03', 366, 332],
		['40', 326, 267]
	])('département %s: %i records → %i points', (d, records, points) => {
		const { stats } = mergeHelpPoints(all.filter((r) => dep(r) === d));
		expect(stats.records).toBe(records);
		expect(stats.points).toBe(points);
	});

	it('runs on the whole country quickly and keeps every record once', () => {
		const start = performance.now();
		const { points, stats } = mergeHelpPoints(all);
		expect(performance.now() - start).toBeLessThan(5000);
		expect(stats.records).toBe(all.length);
		expect(points.reduce((s, p) => s + p.records.length, 0)).toBe(all.length);
		expect(stats.points).toBeLessThan(all.length * 0.9);
	});
});
