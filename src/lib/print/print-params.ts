/**
 * The parameters of a map sheet and of a commune poster, read from a query string or a form.
 * Bad values are errors in French (the routes answer 400 with them), never silent defaults.
 */
import { FORMATS, isFormat, type SheetFormat } from './sheet-layout';
import { THEMES, isTheme, type ThemeId } from './themes';

export interface SheetParams {
	/** Département code, EPCI SIREN (9 digits) or commune INSEE code (5 characters). */
	territoire: string;
	theme: ThemeId;
	format: SheetFormat;
	titre: string | null;
	sousTitre: string | null;
	bw: boolean;
	/** Page of a PNG or SVG export (a PDF holds every page): 1 is the map. */
	page: number;
}

export interface PosterParams {
	commune: string;
	bw: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Territory code kinds: département (01…95, 2A, 2B, 971…976), EPCI SIREN, commune INSEE. */
export function territoryKind(code: string): 'departement' | 'epci' | 'commune' | null {
	if (/^(\d{2}|2[AB]|97\d)$/.test(code)) return 'departement';
	if (/^\d{9}$/.test(code)) return 'epci';
	if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return 'commune';
	return null;
}

const MAX_TEXT = 120;
const text = (v: FormDataEntryValue | string | null) => {
	const s = typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
	return s ? s.slice(0, MAX_TEXT) : null;
};
const yes = (v: string | null) => v === '1' || v === 'on' || v === 'true';

type Source = Pick<URLSearchParams, 'get'> | Pick<FormData, 'get'>;
const str = (q: Source, k: string) => {
	const v = q.get(k);
	return typeof v === 'string' ? v.trim() : null;
};

/** Read `territoire`, `theme`, `format`, `titre`, `sous_titre`, `nb` (noir et blanc), `page`. */
export function parseSheetParams(q: Source): Parsed<SheetParams> {
	// the form may send its three selects instead of one code: the finest one chosen wins
	const territoire = (
		str(q, 'territoire') ||
		str(q, 'commune') ||
		str(q, 'epci') ||
		str(q, 'departement') ||
		''
	).toUpperCase();
	if (!territoire)
		return {
			ok: false,
			error:
				'Paramètre « territoire » manquant : un code de département, d’EPCI ou de commune est attendu.'
		};
	if (!territoryKind(territoire))
		return {
			ok: false,
			error: `Paramètre « territoire » invalide : « ${territoire.slice(0, 20)} ». Attendu : un code de département (04), un SIREN d’EPCI (9 chiffres) ou un code INSEE de commune (04070).`
		};
	const theme = str(q, 'theme') || 'lieux';
	if (!isTheme(theme))
		return {
			ok: false,
			error: `Paramètre « theme » invalide : « ${theme.slice(0, 30)} ». Valeurs possibles : ${THEMES.join(', ')}.`
		};
	const format = str(q, 'format') || 'A4-portrait';
	if (!isFormat(format))
		return {
			ok: false,
			error: `Paramètre « format » invalide : « ${format.slice(0, 30)} ». Valeurs possibles : ${FORMATS.join(', ')}.`
		};
	const page = str(q, 'page') || '1';
	if (!/^[1-9]\d?$/.test(page))
		return {
			ok: false,
			error: `Paramètre « page » invalide : « ${page.slice(0, 10)} ». Un numéro de page est attendu (1 pour la carte, 2 pour la suite de la liste).`
		};
	return {
		ok: true,
		value: {
			page: Number(page),
			territoire,
			theme,
			format,
			titre: text(q.get('titre')),
			sousTitre: text(q.get('sous_titre')),
			bw: yes(str(q, 'nb'))
		}
	};
}

/** Read `commune` (INSEE code) and `nb`. */
export function parsePosterParams(q: Source): Parsed<PosterParams> {
	const commune = (str(q, 'commune') ?? '').toUpperCase();
	if (territoryKind(commune) !== 'commune')
		return {
			ok: false,
			error: commune
				? `Paramètre « commune » invalide : « ${commune.slice(0, 20)} ». Un code INSEE de commune est attendu (04070).`
				: 'Paramètre « commune » manquant : un code INSEE de commune est attendu (04070).'
		};
	return { ok: true, value: { commune, bw: yes(str(q, 'nb')) } };
}
