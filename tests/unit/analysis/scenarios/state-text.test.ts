import { describe, expect, it } from 'vitest';
import {
	communeStateText,
	lostPlacesText
} from '../../../../src/lib/analysis/scenarios/state-text';
import type { CommuneState } from '../../../../src/lib/analysis/scenarios/evaluate';

const state = (o: Partial<CommuneState>): CommuneState => ({
	zoneBlanche: false,
	covered: true,
	withinThreshold: 2,
	servedByItinerant: false,
	nearestKm: 4.25,
	nearestNom: 'Médiathèque',
	...o
});

describe('communeStateText', () => {
	it.each([
		[state({}), '2 lieu(x) à portée · 4,3 km'],
		[state({ zoneBlanche: true, withinThreshold: 0, nearestKm: 23 }), 'zone blanche · 23,0 km'],
		// a commune only a bus stops in is served, not "0 places within reach"
		[
			state({ withinThreshold: 0, servedByItinerant: true, nearestKm: 18 }),
			'desservie par un service itinérant · 18,0 km'
		],
		[state({ withinThreshold: 0, nearestKm: null }), '0 lieu(x) à portée']
	])('%j → %s', (s, text) => expect(communeStateText(s)).toBe(text));
});

describe('lostPlacesText', () => {
	it('agrees in number', () => {
		expect(lostPlacesText(1)).toMatch(/^1 lieu retiré .* n’existe plus .* il n’est pas compté\.$/);
		expect(lostPlacesText(3)).toMatch(
			/^3 lieux retirés .* n’existent plus .* ils ne sont pas comptés\.$/
		);
	});
});
