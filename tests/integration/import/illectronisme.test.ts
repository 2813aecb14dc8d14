import { describe, expect, it } from 'vitest';
import {
	parseIllectronismeCsv,
	parseIllectronismeInseeJson
} from '../../../src/lib/import/illectronisme';
import { readSource, readSourceJson } from '../../helpers/opendata';

describe('illectronisme real files', () => {
	it('reads the 13 roadmap rows and the 93 Hauts-de-France EPCIs without issue', () => {
		const name = 'illectronisme-feuilles-de-route-fne.csv';
		const csv = parseIllectronismeCsv(readSource('illectronisme-fne'), name);
		expect(csv.issues).toEqual([]);
		expect(csv.records).toHaveLength(13);
		const json = 'illectronisme-insee-epci-hauts-de-france.json';
		const data = readSourceJson('illectronisme-insee-hdf');
		const hdf = parseIllectronismeInseeJson(data, json, 'INSEE', '2019');
		expect(hdf.issues).toEqual([]);
		expect(hdf.records).toHaveLength(93);
	});
});
