import { describe, expect, it } from 'vitest';
import { DEFAULT_BUS_RANGE_KM, parseSuggestionRequest } from '../../../src/lib/params/scenario';

const parse = (q: string) => parseSuggestionRequest(new URLSearchParams(q));

describe('parseSuggestionRequest', () => {
	it('reads the defaults: 3 sites, a bus reaching 40 km from the best base', () => {
		const p = parse('');
		expect(p).toMatchObject({
			ok: true,
			value: { n: 3, mode: 'sites', porteeKm: DEFAULT_BUS_RANGE_KM, base: null }
		});
		expect(DEFAULT_BUS_RANGE_KM).toBe(40);
	});

	it('reads a bus of 6 stops based in a commune, with a decimal comma', () => {
		expect(parse('n=6&mode=bus&portee_km=32,5&base=2a004')).toMatchObject({
			ok: true,
			value: { n: 6, mode: 'bus', porteeKm: 32.5, base: '2A004' }
		});
	});

	it.each([
		['portee_km=0', /« portee_km ».*« 0 »/],
		['portee_km=250', /« portee_km »/],
		['portee_km=loin', /« portee_km »/],
		['base=04', /« base ».*code INSEE/],
		['base=Digne', /« base »/],
		['n=21', /« n »/]
	])('refuses %s in French, naming the field', (q, message) => {
		const p = parse(q);
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});
});
