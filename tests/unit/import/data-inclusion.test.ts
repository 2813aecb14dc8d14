import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../../src/lib/import/data-inclusion';
import { fixture, issue } from './helpers';

describe('parseDataInclusion (fixture)', () => {
	const rows = JSON.parse(fixture('data-inclusion.json'));
	const { records, issues } = parseDataInclusion(rows, 'di.json');

	it('maps the older vocabulary onto v1', () => {
		expect(records).toHaveLength(5);
		expect(records[0]).toMatchObject({ source: 'data-inclusion-2023', kind: 'mediation' });
		for (const r of records.slice(0, 3)) expect(r.services.length).toBeGreaterThan(0);
		expect(records[2].publics).toEqual(['Jeunes']);
	});

	it.each([
		[4, 'services', 'Danser le tango', '(2 lignes, la première est indiquée)'],
		[4, 'publics', 'Martiens', '']
	])('line %i: unknown %s « %s » reported once', (line, field, value, more) => {
		const found = issues.filter((i) => i.message.includes(value));
		const message = `Valeur inconnue « ${value} » ignorée${more ? ' ' + more : ''}.`;
		expect(found).toEqual([issue('warning', 'di.json', line, field, message)]);
	});

	it('keeps known services of a row with an unknown one, and maps Adhésion to Payant', () => {
		expect(records[3].services).toEqual(['Maîtrise des outils numériques du quotidien']);
		expect(records[3].frais).toEqual(['Payant']);
	});
});
