import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { coverageQuery, parseCoverageParams } from '$lib/params/coverage';

const parse = (q: string) => parseCoverageParams(new URLSearchParams(q));

describe('coverage parameters', () => {
	it('defaults to IFN against the département average, 10 km, every kind', () => {
		expect(parse('')).toEqual({ ok: true, value: DEFAULT_PARAMS });
	});

	it.each([
		['indicateur=illectronisme', { indicateur: 'illectronisme' }],
		['reference=epci', { reference: 'epci' }],
		['seuil_km=7,5', { seuilKm: 7.5 }],
		['types=france-services,mediation', { types: ['france-services', 'mediation'] }]
	])('reads %s', (q, expected) => {
		const r = parse(q);
		expect(r.ok && r.value).toMatchObject(expected);
	});

	it.each([
		['indicateur=pib', /indicateur.*pib/],
		['reference=region', /reference.*region/],
		['seuil_km=-3', /seuil_km.*entre 0 et 100/],
		['seuil_km=abc', /seuil_km/],
		['seuil_km=500', /seuil_km/],
		['types=mairie', /types.*mairie/]
	])('rejects %s with a French message', (q, message) => {
		const r = parse(q);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});

	it('writes back only what differs from the defaults', () => {
		const r = parse('reference=france&seuil_km=15&types=mediation');
		expect(r.ok && coverageQuery(r.value).toString()).toBe(
			'reference=france&seuil_km=15&types=mediation'
		);
		expect(coverageQuery(DEFAULT_PARAMS).toString()).toBe('');
	});
});
