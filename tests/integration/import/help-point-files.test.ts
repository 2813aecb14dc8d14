import { describe, expect, it } from 'vitest';
import OpeningHours from 'opening_hours';
import { parseLieuxV1Csv } from '../../../src/lib/import/mediation-v1';
import { readSchemaExample } from '../../helpers/schema-validate';
import { expectPerDep, inDep, REAL } from './real-help-points';

describe('parseFranceServices (real file)', () => {
	const { records, issues } = REAL.franceServices();

	it('reads every row, with the counts of SOURCES.md', () => {
		expect(records).toHaveLength(2845);
		expect(issues.filter((i) => i.level === 'error')).toEqual([]);
		expectPerDep(records, { '04': 16, '03': 24, '40': 20 });
		expect(inDep(records, '04').filter((r) => r.format === 'bus')).toHaveLength(1);
		expect(inDep(records, '03').filter((r) => r.itinerant)).toHaveLength(3);
		expect(inDep(records, '40').filter((r) => r.itinerant)).toHaveLength(3);
		expect(records.filter((r) => r.itinerant)).toHaveLength(163);
	});

	it('produces only valid opening_hours', () => {
		const withHours = records.filter((r) => r.horaires);
		expect(withHours.length).toBeGreaterThan(2700);
		for (const r of withHours) expect(() => new OpeningHours(r.horaires!)).not.toThrow();
	});
});

describe('parseBibliotheques (real file)', () => {
	const { records, issues } = REAL.bibliotheques();

	it('keeps the 15,481 libraries open to the public (04 = 90, 03 = 251, 40 = 136)', () => {
		expect(records).toHaveLength(15481);
		expect(issues).toEqual([]);
		expectPerDep(records, { '04': 90, '03': 251, '40': 136 });
		expect(records.filter((r) => r.approximate)).toHaveLength(750);
		expect(records.filter((r) => r.lat === null)).toHaveLength(29);
	});
});

describe('parseAidantsConnect (real file)', () => {
	const { records, issues } = REAL.aidantsConnect();

	it('places the active structures that have a commune code', () => {
		expect(records.length + issues.length).toBe(5181);
		expect(issues.filter((i) => /manquant/.test(i.message))).toHaveLength(222);
		expectPerDep(records, { '04': 14, '03': 30, '40': 65 });
	});
});

describe('parseLieuxV1 (real Hub du Sud file)', () => {
	const { records, issues } = REAL.hubDuSud();

	it('reads the 646 rows (04 = 48) with no unknown value', () => {
		expect(records).toHaveLength(646);
		expect(inDep(records, '04')).toHaveLength(48);
		expect(issues.filter((i) => i.level === 'error')).toEqual([]);
		expect(issues.filter((i) => /inconnue/.test(i.message))).toEqual([]);
		expect(issues.filter((i) => i.field === 'date_maj')).toHaveLength(99);
	});

	it('reads the schema example CSV with real line numbers', () => {
		const r = parseLieuxV1Csv(readSchemaExample(), 'exemple.csv', 'hub-du-sud-2023');
		expect(r.records).toHaveLength(1);
		expect(r.records[0].services.length).toBeGreaterThan(0);
	});
});

describe('parseDataInclusion (real file)', () => {
	const { records, issues } = REAL.dataInclusion();

	it('reads the 3,811 rows (04 = 18, 03 = 41, 40 = 29) with every value known', () => {
		expect(records).toHaveLength(3811);
		expectPerDep(records, { '04': 18, '03': 41, '40': 29 });
		expect(issues.filter((i) => i.level === 'error' || /inconnue/.test(i.message))).toEqual([]);
		expect(records.filter((r) => r.services.length === 0)).toEqual([]);
	});
});

describe('parseCnfs (real file)', () => {
	const { records, issues } = REAL.cnfs();

	it('reads the 4,930 rows (04 = 24, 03 = 20, 40 = 76)', () => {
		expect(records).toHaveLength(4930);
		expectPerDep(records, { '04': 24, '03': 20, '40': 76 });
		expect(records.filter((r) => r.lat !== null)).toHaveLength(4908);
		expect(issues.filter((i) => i.level === 'error')).toEqual([]);
	});
});
