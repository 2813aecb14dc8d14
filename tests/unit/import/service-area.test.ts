import { describe, expect, it } from 'vitest';
import { defaultServiceArea } from '../../../src/lib/import/service-area';

describe('defaultServiceArea', () => {
	it('a bus serves the communes of its EPCI (CC Alpes Provence Verdon)', () => {
		const membres = ['04173', '04039', '04006'];
		expect(defaultServiceArea('04173', { type: 'CC', membres })).toEqual(membres);
		expect(defaultServiceArea('40088', { type: 'CA', membres: ['40088', '40192'] })).toEqual([
			'40088',
			'40192'
		]);
	});
	it.each(['METRO', 'MET69'])('in a métropole (%s), only its own commune', (type) => {
		// Métropole du Grand Paris: a bus from Sevran does not serve Paris
		expect(defaultServiceArea('93071', { type, membres: ['93071', '75056', '92012'] })).toEqual([
			'93071'
		]);
	});
	it('without an EPCI, or one with no known member, its own commune', () => {
		expect(defaultServiceArea('97411', null)).toEqual(['97411']);
		expect(defaultServiceArea('97411', { type: 'CA', membres: [] })).toEqual(['97411']);
	});
});
