import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '$lib/analysis/coverage-params';
import { coverageQuery, parseCoverageParams, parseWithCommunes } from '$lib/params/coverage';

const parse = (q: string) => parseCoverageParams(new URLSearchParams(q));

describe('coverage parameters', () => {
	it('defaults to IFN against the département average, 10 km, every kind', () => {
		expect(parse('')).toEqual({ ok: true, value: DEFAULT_PARAMS });
	});

	it.each([
		['indicateur=illectronisme', { indicateur: 'illectronisme' }],
		['reference=epci', { reference: 'epci' }],
		['reference=region', { reference: 'region' }],
		['seuil_km=7,5', { seuilKm: 7.5 }],
		['types=france-services,mediation', { types: ['france-services', 'mediation'] }],
		// repeated or reordered: one choice (a repeat once counted as "every kind")
		[
			'types=mediation,france-services,mediation,mediation,mediation,mediation',
			{ types: ['france-services', 'mediation'] }
		]
	])('reads %s', (q, expected) => {
		const r = parse(q);
		expect(r.ok && r.value).toMatchObject(expected);
	});

	it.each([
		['indicateur=pib', /indicateur.*pib/],
		['reference=canton', /reference.*canton/],
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

describe('communes=0 (dashboards without the per-commune figures)', () => {
	it.each([
		['', true],
		['communes=1', true],
		['communes=0', false]
	])('reads %j as %s', (q, expected) => {
		expect(parseWithCommunes(new URLSearchParams(q))).toEqual({ ok: true, value: expected });
	});

	it('rejects anything else in French', () => {
		const r = parseWithCommunes(new URLSearchParams('communes=non'));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/communes.*non/);
	});
});
