import { describe, expect, it } from 'vitest';
import { orderPicked, popupModel, type Picked } from '$lib/map/pick';

// Castellane: the France services and the médiathèque are 200 m apart, one symbol on the map.
const franceServices: Picked = {
	layer: 'help-points',
	px: 3,
	properties: {
		id: 24,
		kind: 'france-services',
		nom: 'France services de Castellane',
		commune: 'Castellane',
		date_maj: '2024-08-01',
		itinerant: 0,
		approximatif: 0
	}
};
const mediatheque: Picked = {
	layer: 'help-points',
	px: 1,
	properties: {
		id: 612,
		kind: 'bibliotheque',
		nom: 'Médiathèque Municipale',
		commune: 'Castellane',
		date_maj: '2020-11-26',
		itinerant: 0,
		approximatif: 0
	}
};
const stop: Picked = {
	layer: 'tour-stops',
	px: 0,
	properties: {
		id: 7,
		nom: 'Bus France services',
		libelle: 'Place de la mairie',
		commune: 'Peyroules'
	}
};

describe('picking the symbol under a click', () => {
	it('opens the symbol drawn on top first, whatever order the map returns them in', () => {
		for (const order of [
			[mediatheque, franceServices],
			[franceServices, mediatheque]
		])
			expect(orderPicked(order).map((p) => p.properties.id)).toEqual([24, 612]);
	});

	it('puts help points above tour stops and keeps each feature once', () => {
		const out = orderPicked([stop, mediatheque, { ...mediatheque, px: 5 }, stop]);
		expect(out.map((p) => `${p.layer}:${p.properties.id}`)).toEqual([
			'help-points:612',
			'tour-stops:7'
		]);
	});

	it('between two places of the same kind, opens the nearest to the click', () => {
		const a = { ...mediatheque, px: 6, properties: { ...mediatheque.properties, id: 1 } };
		const b = { ...mediatheque, px: 2, properties: { ...mediatheque.properties, id: 2 } };
		expect(orderPicked([a, b]).map((p) => p.properties.id)).toEqual([2, 1]);
	});
});

describe('popup text', () => {
	it('titles a help point with its own name and never calls it a stop', () => {
		const m = popupModel(franceServices);
		expect(m.title).toBe('France services de Castellane');
		expect(m.href).toBe('/lieu/24');
		expect(m.lines.join(' | ')).not.toMatch(/Arrêt/);
		expect(m.lines).toEqual(['France services', 'à Castellane', 'Informations du 1 août 2024']);
	});

	it('writes the date in French and says when a position is approximate', () => {
		const m = popupModel({
			...mediatheque,
			properties: { ...mediatheque.properties, approximatif: 1 }
		});
		expect(m.lines).toContain('Informations du 26 novembre 2020');
		expect(m.lines.join(' ')).not.toContain('2020-11-26');
		expect(m.lines).toContain('Position approximative (point de la commune)');
	});

	it('describes a tour stop as a stop', () => {
		const m = popupModel(stop);
		expect(m.lines).toEqual([
			'Arrêt d’un service itinérant',
			'Arrêt : Place de la mairie, Peyroules'
		]);
	});
});
