import { describe } from 'vitest';
import { landOf } from '../../../src/lib/analysis/land';
import { itMaps } from '../../helpers/table';

describe('landOf', () => {
	itMaps('%s is on %s', landOf, [
		['04', 'metropole'],
		['59', 'metropole'],
		['75', 'metropole'],
		['2A', 'corse'],
		['2B', 'corse'],
		['971', '971'],
		['972', '972'],
		['973', '973'],
		['974', '974'],
		['976', '976'],
		['978', '978']
	]);
});
