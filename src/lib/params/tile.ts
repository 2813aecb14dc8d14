/** Vector tile coordinates in a path (`/api/tuiles/{z}/{x}/{y}.pbf`). */
import { TILE_MAX_ZOOM, type ZoomOffset } from '../map/national-levels';
import { invalid, ok, text, type Parsed, type Query } from './parsed';

export interface TileCoord {
	z: number;
	x: number;
	y: number;
}

const INTEGER = /^\d{1,7}$/;

/**
 * z, x and y of a tile as written in its path: whole numbers, z from 0 to TILE_MAX_ZOOM, x and y
 * from 0 to 2^z − 1; else the French message of the 400.
 */
export function parseTileCoord(z: string, x: string, y: string): Parsed<TileCoord> {
	if (![z, x, y].every((v) => INTEGER.test(v)))
		return invalid(
			`Tuile invalide : « ${[z, x, y].join('/').slice(0, 40)} ». Attendu : trois nombres entiers, /api/tuiles/{z}/{x}/{y}.pbf.`
		);
	const [zn, xn, yn] = [Number(z), Number(x), Number(y)];
	if (zn > TILE_MAX_ZOOM)
		return invalid(`Niveau de zoom ${zn} hors limites : de 0 à ${TILE_MAX_ZOOM}.`);
	const n = 2 ** zn;
	if (xn >= n || yn >= n)
		return invalid(
			`Tuile ${zn}/${xn}/${yn} hors de la carte : x et y vont de 0 à ${n - 1} au zoom ${zn}.`
		);
	return ok({ z: zn, x: xn, y: yn });
}

/** The screens tiles are made for: `etroit` (a phone) gets each level one zoom early. */
const SCREENS: Record<string, ZoomOffset> = { large: 0, etroit: 1 };

/** `ecran`: `large` (the default) or `etroit`, as the zoomOffset of the tiles asked. */
export function parseTileScreen(q: Query): Parsed<ZoomOffset> {
	const v = text(q, 'ecran') || 'large';
	return v in SCREENS
		? ok(SCREENS[v])
		: invalid(
				`Paramètre « ecran » invalide : « ${v.slice(0, 20)} ». Valeurs possibles : large, etroit.`
			);
}

/** The query string of the tiles of a screen (none for a wide one). */
export function tileScreenQuery(offset: ZoomOffset): string {
	return offset ? '?ecran=etroit' : '';
}
