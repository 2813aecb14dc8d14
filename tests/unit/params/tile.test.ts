import { describe, expect, it } from 'vitest';
import { parseTileCoord, parseTileScreen, tileScreenQuery } from '$lib/params/tile';
import { TILE_MAX_ZOOM } from '$lib/map/national-levels';

describe('tile coordinates in a path', () => {
	it.each([
		[['0', '0', '0'], { z: 0, x: 0, y: 0 }],
		[['5', '16', '11'], { z: 5, x: 16, y: 11 }],
		[['05', '016', '011'], { z: 5, x: 16, y: 11 }],
		[[String(TILE_MAX_ZOOM), '4095', '0'], { z: TILE_MAX_ZOOM, x: 4095, y: 0 }]
	])('reads %j', (coord, value) => {
		expect(parseTileCoord(...(coord as [string, string, string]))).toEqual({ ok: true, value });
	});

	it.each([
		[['a', '1', '1'], /Tuile invalide : « a\/1\/1 »/],
		[['5', '-1', '1'], /trois nombres entiers/],
		[['5', '1.5', '1'], /trois nombres entiers/],
		[['5', '1', ''], /trois nombres entiers/],
		[['5', '1', '1e3'], /trois nombres entiers/],
		[['5', '1', '99999999999'], /trois nombres entiers/],
		[['5', '0x1', '1'], /trois nombres entiers/],
		[[String(TILE_MAX_ZOOM + 1), '0', '0'], /Niveau de zoom 13 hors limites : de 0 à 12/],
		[['99', '0', '0'], /hors limites/],
		[['5', '32', '0'], /Tuile 5\/32\/0 hors de la carte : x et y vont de 0 à 31/],
		[['0', '0', '1'], /hors de la carte/]
	])('refuses %j in French', (coord, message) => {
		const p = parseTileCoord(...(coord as [string, string, string]));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});
});

describe('the screen tiles are made for', () => {
	const q = (s: string) => new URLSearchParams(s);
	it.each([
		['', 0],
		['ecran=large', 0],
		['ecran=etroit', 1]
	])('reads "%s" as zoom offset %s, and writes it back', (s, offset) => {
		expect(parseTileScreen(q(s))).toEqual({ ok: true, value: offset });
		expect(tileScreenQuery(offset as 0 | 1)).toBe(offset ? '?ecran=etroit' : '');
	});

	it('refuses another screen in French', () => {
		const p = parseTileScreen(q('ecran=geant'));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(/Paramètre « ecran » invalide : « geant »/);
	});
});
