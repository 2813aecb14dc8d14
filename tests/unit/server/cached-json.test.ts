import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { jsonBody, jsonBodyResponse } from '$lib/server/http/cached-json';
import { territoryCodeOr400, unknownTerritory } from '$lib/server/http/territory-code';

const request = (gzip: boolean) =>
	new Request('http://localhost/api/territoires/FR', {
		headers: gzip ? { 'accept-encoding': 'gzip, br' } : {}
	});

describe('a JSON answer kept in memory', () => {
	const big = jsonBody({ parties: Array.from({ length: 200 }, (_, i) => ({ code: i })) });

	it('is gzipped once, served gzipped to clients that accept it', async () => {
		const r = jsonBodyResponse(request(true), big);
		expect(r.headers.get('content-encoding')).toBe('gzip');
		expect(r.headers.get('content-type')).toBe('application/json');
		const text = gunzipSync(Buffer.from(await r.arrayBuffer())).toString('utf8');
		expect(text).toBe(big.json);
	});

	it('is plain text to the others, and a small one is never gzipped', async () => {
		expect(await jsonBodyResponse(request(false), big).text()).toBe(big.json);
		const small = jsonBody({ code: 'FR' });
		expect(small.gzip).toBeNull();
		const r = jsonBodyResponse(request(true), small);
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(await r.json()).toEqual({ code: 'FR' });
	});
});

describe('a territory code in a path', () => {
	it.each([
		['FR', 'FR'],
		['fr', 'FR'],
		['r93', 'R93'],
		['2a', '2A'],
		['200068625', '200068625'],
		['04070', '04070']
	])('%s is %s', (raw, code) => {
		expect(territoryCodeOr400(raw)).toBe(code);
	});

	it.each(['R9', 'constructor', '', 'x'.repeat(400), '04/'])(
		'%s is a JSON 400 in French',
		async (raw) => {
			const r = territoryCodeOr400(raw) as Response;
			expect(r.status).toBe(400);
			expect((await r.json()).error).toMatch(/^Code de territoire invalide/);
		}
	);

	it('answers an unbuilt territory with a JSON 404', async () => {
		const r = unknownTerritory('R11');
		expect(r.status).toBe(404);
		expect((await r.json()).error).toBe('Territoire inconnu ou non chargé : R11');
	});
});
