/**
 * Territory codes in URLs and forms, one scheme for the API and the pages: `FR` (France), a région
 * (`R93`), a département (`04`, `2A`, `971`), an EPCI (its 9-digit SIREN), a commune (INSEE code).
 */
import type { TerritoryLevel } from '../types/territory';
import { invalid, ok, text, type Parsed, type Query } from './parsed';

/** France's territory code. */
export const FRANCE = 'FR';

/** The level a territory code names, or null when it is none of the scheme's codes. */
export function territoryKind(code: string): TerritoryLevel | null {
	if (code === FRANCE) return 'france';
	if (/^R\d{2}$/.test(code)) return 'region';
	if (/^(\d{2}|2[AB]|97\d)$/.test(code)) return 'departement';
	if (/^\d{9}$/.test(code)) return 'epci';
	if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return 'commune';
	return null;
}

/** The COG code of a région from its URL code: R93 → 93. */
export const regionCode = (code: string): string => code.replace(/^R/, '');

/** The URL code of a région from its COG code: 93 → R93. */
export const regionUrlCode = (cog: string): string => `R${cog}`;

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
			'Paramètre « territoire » manquant : FR, un code de région (R93), de département, d’EPCI ou de commune est attendu.'
		);
	if (!territoryKind(code))
		return invalid(
			`Paramètre « territoire » invalide : « ${code.slice(0, 20)} ». Attendu : FR (la France), une région (R93), un département (04), un SIREN d’EPCI (9 chiffres) ou un code INSEE de commune (04070).`
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
