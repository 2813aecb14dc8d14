import { describe, expect, it } from 'vitest';
import { computeCoverage } from '$lib/analysis/coverage';
import { referenceAverages } from '$lib/analysis/references';
import { exportRows, frenchCsvPiece, toFrenchCsv } from '$lib/exports/communes-table';
import { schemaCsvPiece, toSchemaCsv, toSchemaRow } from '$lib/server/exports/schema-export';
import { randomFixture } from '../analysis/coverage-brute-force';
import { LIEUX } from '../../helpers/export-lieux';

// A streamed export writes its rows in batches: joined, the pieces must be the very text the
// whole table gives, whatever the cut.
const cuts = <T>(rows: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
		rows.slice(i * size, (i + 1) * size)
	);

function communeRows(seed: number) {
	const { communes, points } = randomFixture(seed);
	const references = referenceAverages(communes, 'ifn');
	const coverage = computeCoverage(communes, points, {
		indicator: 'ifn',
		reference: 'departement',
		references,
		thresholdKm: 10,
		kinds: null
	});
	return exportRows(
		communes,
		coverage,
		'ifn',
		{ E1: 'CC « Un ; deux »' },
		(c) => references.departement[c.departement] ?? null
	);
}

describe('export pieces', () => {
	it.each([1, 3, 7, 1000])('commune CSV in batches of %i is the whole CSV', (size) => {
		const rows = communeRows(5);
		const pieces = cuts(rows, size).map((batch, i) => frenchCsvPiece(batch, i === 0));
		expect(pieces.join('')).toBe(toFrenchCsv(rows));
		expect(frenchCsvPiece([], false)).toBe('');
	});

	it.each([1, 2, 1000])('schema CSV in batches of %i is the whole CSV', (size) => {
		const rows = LIEUX.map(toSchemaRow);
		const pieces = cuts(rows, size).map((batch, i) => schemaCsvPiece(batch, i === 0));
		expect(pieces.join('')).toBe(toSchemaCsv(rows));
		expect(schemaCsvPiece([], false)).toBe('');
		expect(schemaCsvPiece([], true)).toBe(toSchemaCsv([]));
	});
});
