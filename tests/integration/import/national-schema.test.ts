// The export and the services vocabulary against the national schema (schema.json, its example).
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/import/csv';
import { SCHEMA_FIELDS } from '../../../src/lib/import/national-schema';
import { toSchemaRow } from '../../../src/lib/server/exports/schema-export';
import { SERVICES_V1 } from '../../../src/lib/import/services-vocabulary';
import { base, LIEUX } from '../../helpers/export-lieux';
import { readSchema, readSchemaExample, validateRows } from '../../helpers/schema-validate';

describe('CSV layout', () => {
	it('has the columns of the schema example', () => {
		expect(parseCsv(readSchemaExample(), 'e.csv').fields).toEqual([...SCHEMA_FIELDS]);
	});
});

describe('exported rows against schema.json', () => {
	it('satisfy every required field, enum pattern and type', () => {
		expect(validateRows(LIEUX.map(toSchemaRow))).toEqual([]);
	});

	it.each([
		['services', 'Cours de cuisine'],
		['itinerance', 'Mobile'],
		['telephone', '0492836100'],
		['code_postal', '4120']
	])('the validator catches a bad %s', (field, value) => {
		const row = { ...toSchemaRow(base), [field]: value };
		expect(validateRows([row]).length).toBe(1);
	});
});

describe('services vocabulary', () => {
	it('matches the enum of the national schema', () => {
		const pattern = readSchema().fields.find((f) => f.name === 'services')?.constraints?.pattern;
		for (const v of SERVICES_V1) expect(pattern).toContain(v);
	});
});
