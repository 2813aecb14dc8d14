/** Territory codes in URLs and forms: département, EPCI SIREN, commune INSEE code. */
import { invalid, ok, text, type Parsed, type Query } from './parsed';

/** Territory code kinds: département (01…95, 2A, 2B, 971…976), EPCI SIREN, commune INSEE. */
export function territoryKind(code: string): 'departement' | 'epci' | 'commune' | null {
	if (/^(\d{2}|2[AB]|97\d)$/.test(code)) return 'departement';
	if (/^\d{9}$/.test(code)) return 'epci';
	if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return 'commune';
	return null;
}

/**
 * `territoire` of a print request, upper-cased. The print form may send its three selects
 * instead of one code: the finest one chosen wins.
 */
export function parseTerritory(q: Query): Parsed<string> {
	const code = (
		text(q, 'territoire') ||
		text(q, 'commune') ||
		text(q, 'epci') ||
		text(q, 'departement') ||
		''
	).toUpperCase();
	if (!code)
		return invalid(
			'Paramètre « territoire » manquant : un code de département, d’EPCI ou de commune est attendu.'
		);
	if (!territoryKind(code))
		return invalid(
			`Paramètre « territoire » invalide : « ${code.slice(0, 20)} ». Attendu : un code de département (04), un SIREN d’EPCI (9 chiffres) ou un code INSEE de commune (04070).`
		);
	return ok(code);
}

/** `commune`: a commune INSEE code (upper-cased: 2a004 is 2A004). */
export function parseCommune(q: Query): Parsed<string> {
	const code = (text(q, 'commune') ?? '').toUpperCase();
	if (territoryKind(code) === 'commune') return ok(code);
	return invalid(
		code
			? `Paramètre « commune » invalide : « ${code.slice(0, 20)} ». Un code INSEE de commune est attendu (04070).`
			: 'Paramètre « commune » manquant : un code INSEE de commune est attendu (04070).'
	);
}

/** A commune INSEE code in a path (`/api/communes/04070`), exactly as written. */
export function parseInseeCode(code: string): Parsed<string> {
	return territoryKind(code) === 'commune'
		? ok(code)
		: invalid(`Code INSEE invalide : « ${code} » (5 caractères attendus).`);
}

/** `departement`, required (its existence in the database is checked by the caller). */
export function parseDepartement(q: Query): Parsed<string> {
	const code = q.get('departement');
	return typeof code === 'string' && code
		? ok(code)
		: invalid('Paramètre « departement » manquant (par exemple departement=04).');
}

/** The territory the app opens on (as `/`): Alpes-de-Haute-Provence when built. */
export const DEFAULT_DEPARTEMENT = '04';

/**
 * The built département a page shows: `asked` when built, else Alpes-de-Haute-Provence, else
 * the first built; undefined when none is built.
 */
export function chooseDepartement(
	asked: string | null,
	built: readonly { code: string }[]
): string | undefined {
	return (
		built.find((d) => d.code === asked)?.code ??
		built.find((d) => d.code === DEFAULT_DEPARTEMENT)?.code ??
		built[0]?.code
	);
}
