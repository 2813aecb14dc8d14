/**
 * The parameters of a map sheet and of a commune poster, read from a query string or a form.
 * Bad values are errors in French (the routes answer 400 with them), never silent defaults.
 */
import { FORMATS } from '../print/sheet-layout';
import { THEMES } from '../print/themes';
import type { PosterParams, SheetParams } from '../print/print-params';
import { all, flag, invalid, ok, oneOf, text, type Parsed, type Query } from './parsed';
import { parseCommune, parseTerritory } from './territory';

const MAX_TEXT = 120;

/** A title line: spaces collapsed, at most 120 characters; null when empty. */
function line(q: Query, name: string): string | null {
	const s = (text(q, name) ?? '').replace(/\s+/g, ' ');
	return s ? s.slice(0, MAX_TEXT) : null;
}

/** `page` of a PNG or SVG export: 1 (the map) to 99. */
export function parsePage(q: Query): Parsed<number> {
	const page = text(q, 'page') || '1';
	return /^[1-9]\d?$/.test(page)
		? ok(Number(page))
		: invalid(
				`Paramètre « page » invalide : « ${page.slice(0, 10)} ». Un numéro de page est attendu (1 pour la carte, 2 pour la suite de la liste).`
			);
}

/** Read `territoire`, `theme`, `format`, `titre`, `sous_titre`, `nb` (noir et blanc), `page`. */
export function parseSheetParams(q: Query): Parsed<SheetParams> {
	return all<SheetParams>({
		territoire: parseTerritory(q),
		theme: oneOf(q, 'theme', THEMES, 'lieux'),
		format: oneOf(q, 'format', FORMATS, 'A4-portrait'),
		page: parsePage(q),
		titre: ok(line(q, 'titre')),
		sousTitre: ok(line(q, 'sous_titre')),
		bw: ok(flag(q, 'nb'))
	});
}

/** Read `commune` (INSEE code) and `nb`. */
export function parsePosterParams(q: Query): Parsed<PosterParams> {
	return all<PosterParams>({ commune: parseCommune(q), bw: ok(flag(q, 'nb')) });
}
