import { describe, expect, it } from 'vitest';
import {
	atTownHall,
	placeAtCentres,
	townCentres,
	type CentrePlace
} from '../../../src/lib/import/town-centre';
import { haversineKm } from '../../../src/lib/analysis/geo';

const place = (p: Partial<CentrePlace>): CentrePlace => ({
	codeInsee: '04039',
	kind: 'bibliotheque',
	nom: 'Médiathèque',
	adresse: null,
	lat: 0,
	lon: 0,
	approximate: false,
	...p
});

// Castellane (04039): the communes file's point is 2 km west of the village, where its France
// services (43.846036, 6.512171) and its médiathèque (43.84785, 6.511696) are (issue 10).
const castellane = { code: '04039', lat: 43.8485, lon: 6.48707 };
const fs = place({
	kind: 'france-services',
	nom: 'France services de Castellane',
	lat: 43.846036,
	lon: 6.512171
});
const media = place({ nom: 'Médiathèque Municipale', lat: 43.84785, lon: 6.511696 });

describe('townCentres', () => {
	it('puts Castellane at its services, within 250 m of both, not 2 km away', () => {
		expect(haversineKm(castellane.lat, castellane.lon, fs.lat, fs.lon)).toBeGreaterThan(1.9);
		const [c] = townCentres([castellane], [media, fs]);
		expect(c.method).toBe('services');
		expect(haversineKm(c.lat, c.lon, fs.lat, fs.lon)).toBeLessThan(0.25);
		expect(haversineKm(c.lat, c.lon, media.lat, media.lon)).toBeLessThan(0.25);
	});

	it('prefers a place at the town hall', () => {
		const hall = place({
			kind: 'france-services',
			nom: 'France services Barcelonnette',
			adresse: 'Place Valle de Bravo, Mairie',
			codeInsee: '04019',
			lat: 44.38584,
			lon: 6.65037
		});
		const other = place({ codeInsee: '04019', lat: 44.379, lon: 6.652 });
		const [c] = townCentres([{ code: '04019', lat: 44.37512, lon: 6.64633 }], [other, hall]);
		expect(c).toEqual({ code: '04019', lat: 44.38584, lon: 6.65037, method: 'mairie' });
	});

	it('takes the cluster of services, not an outlying one', () => {
		const out = place({ nom: 'Médiathèque départementale', lat: 44.080758, lon: 6.175392 });
		const a = place({ nom: 'Médiathèque', lat: 44.091686, lon: 6.234145 });
		const b = place({ kind: 'france-services', lat: 44.0925, lon: 6.2356 });
		const [c] = townCentres([castellane], [out, a, b]);
		expect([c.lat, c.lon]).toEqual([b.lat, b.lon]);
	});

	it('keeps the communes file point without a precise public place', () => {
		const approx = place({ approximate: true, lat: 43.9, lon: 6.5 });
		const care = place({ kind: 'mediation', nom: 'Résidence', lat: 43.86, lon: 6.45 });
		expect(townCentres([castellane], [approx, care])).toEqual([
			{ ...castellane, method: 'commune' }
		]);
	});

	it.each([
		['Mairie de Mézel', '8 Rue de l’Ecole', true],
		['MAIRIE D ORAISON', '22 Rue Paul Jean', true],
		['Bibliothèque', '4 Place de l’Hôtel-de-Ville', true],
		['Ancienne mairie de Saint-Pierre-du-Mont', '117 avenue Georges Sabde', false],
		['Médiathèque', '10 boulevard Saint-Michel', false]
	])('%s, %s: at the town hall %s', (nom, adresse, expected) => {
		expect(atTownHall({ nom, adresse })).toBe(expected);
	});
});

describe('placeAtCentres', () => {
	it('moves communes and the places only known by their commune, without changing inputs', () => {
		const communes = [castellane];
		const approx = { codeInsee: '04039', lat: 43.8485, lon: 6.48707, approximate: true };
		const precise = { codeInsee: '04039', lat: 43.84785, lon: 6.511696, approximate: false };
		const centres = townCentres(communes, [media, fs]);
		const out = placeAtCentres(communes, [approx, precise], centres);
		expect(out.communes[0]).toMatchObject({ lat: centres[0].lat, lon: centres[0].lon });
		expect(out.lieux[0]).toMatchObject({ lat: centres[0].lat, lon: centres[0].lon });
		expect(out.lieux[1]).toBe(precise);
		expect(communes[0].lat).toBe(43.8485);
		expect(approx.lat).toBe(43.8485);
	});
});
