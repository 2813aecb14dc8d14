import { describe, expect, it } from 'vitest';
import {
	NO_FILTERS,
	parseFinderFilters,
	parseFinderParams,
	parseFinderQuery,
	parseLimit,
	parsePosition
} from '$lib/params/finder';

const q = (s: string) => new URLSearchParams(s);

describe('finder parameters', () => {
	it.each([
		['lat=44.09&lon=6.23', { lat: 44.09, lon: 6.23 }],
		['lat=-90&lon=180', { lat: -90, lon: 180 }],
		['lat= 44 &lon=6', { lat: 44, lon: 6 }]
	])('reads the position %s', (s, value) => {
		expect(parsePosition(q(s))).toEqual({ ok: true, value });
	});

	it.each([
		['', /« lat » et « lon » requis/],
		['lat=44', /« lat » et « lon » requis/],
		['lat=abc&lon=6', /« lat » et « lon » requis/],
		['lat=1e309&lon=6', /« lat » et « lon » requis/],
		['lat=95&lon=6', /hors limites : lat=95/],
		['lat=44&lon=-181', /hors limites/]
	])('refuses the position "%s"', (s, message) => {
		const p = parsePosition(q(s));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});

	it.each([
		['', 10],
		['limite=', 10],
		['limite=1', 1],
		['limite=50', 50]
	])('reads the limit "%s" as %d', (s, value) => {
		expect(parseLimit(q(s))).toEqual({ ok: true, value });
	});

	it.each(['limite=0', 'limite=51', 'limite=2.5', 'limite=abc', 'limite=-1'])('refuses %s', (s) => {
		const p = parseLimit(q(s));
		expect(!p.ok && p.error).toMatch(/« limite » invalide.*entier de 1 à 50/);
	});

	it.each([
		['', NO_FILTERS],
		['besoins=demarches&besoins=emploi', { ...NO_FILTERS, besoins: ['demarches', 'emploi'] }],
		['besoins=demarches,emploi', { ...NO_FILTERS, besoins: ['demarches', 'emploi'] }],
		['publics=senior', { ...NO_FILTERS, publics: ['senior'] }],
		[
			`services=${encodeURIComponent('Aide aux démarches administratives')}`,
			{ ...NO_FILTERS, services: ['Aide aux démarches administratives'] }
		],
		['gratuit=1&samedi=oui', { ...NO_FILTERS, gratuit: true, samedi: true }],
		['gratuit=0&samedi=non', NO_FILTERS],
		['ouvert=maintenant', { ...NO_FILTERS, ouvertMaintenant: true }]
	])('reads the filters "%s"', (s, value) => {
		expect(parseFinderFilters(q(s))).toEqual({ ok: true, value });
	});

	it.each([
		['besoins=voler', /Besoin inconnu : « voler »\. Valeurs possibles : demarches/],
		['besoins=demarches&besoins=__proto__', /Besoin inconnu : « __proto__ »/],
		['publics=martiens', /Public inconnu : « martiens »/],
		['services=Tout', /Service inconnu : « Tout »\. Valeurs du schéma national/],
		['ouvert=demain', /« ouvert » invalide : « demain »\. Seule la valeur « maintenant »/]
	])('refuses the filters "%s" in French', (s, message) => {
		const p = parseFinderFilters(q(s));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});

	it('reads the API query: position, limit and filters, the position checked first', () => {
		expect(parseFinderParams(q('lat=44&lon=6&limite=3&gratuit=1'))).toEqual({
			ok: true,
			value: { ...NO_FILTERS, lat: 44, lon: 6, limite: 3, gratuit: true }
		});
		const p = parseFinderParams(q('limite=0&besoins=x'));
		expect(!p.ok && p.error).toMatch(/« lat » et « lon »/);
		const l = parseFinderParams(q('lat=44&lon=6&limite=0&besoins=x'));
		expect(!l.ok && l.error).toMatch(/« limite »/);
	});
});

describe('the finder page reads the same parameters, and ignores what does not parse', () => {
	it.each([
		[
			'q= Digne &besoins=apprendre&gratuit=1',
			{
				text: 'Digne',
				commune: null,
				position: null,
				adresse: null,
				filters: { ...NO_FILTERS, besoins: ['apprendre'], gratuit: true }
			}
		],
		[
			'commune=04070&lat=44.09&lon=6.23&adresse=1 rue Basse',
			{
				text: '',
				commune: '04070',
				position: { lat: 44.09, lon: 6.23 },
				adresse: '1 rue Basse',
				filters: NO_FILTERS
			}
		],
		[
			'commune=&lat=95&lon=6&besoins=voler&samedi=1',
			{ text: '', commune: null, position: null, adresse: null, filters: NO_FILTERS }
		]
	])('%s', (s, expected) => {
		expect(parseFinderQuery(q(s))).toEqual(expected);
	});

	it('keeps at most 100 characters of the typed text', () => {
		expect(parseFinderQuery(q(`q=${'x'.repeat(4000)}`)).text).toHaveLength(100);
	});
});
