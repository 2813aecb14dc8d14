import { territoryKind } from '../../params/territory';
import { jsonError } from './params';

/**
 * A territory code from a path (`/api/territoires/r93`), upper-cased, or the JSON 400 that says
 * what is expected. Whether it is built is the caller's question (a JSON 404).
 */
export function territoryCodeOr400(raw: string): string | Response {
	const code = raw.toUpperCase();
	if (territoryKind(code)) return code;
	return jsonError(
		`Code de territoire invalide : « ${raw.slice(0, 20)} ». Attendu : FR (la France), une région (R93), un département (04, 2A, 971), un SIREN d’EPCI (9 chiffres) ou un code INSEE de commune (04070).`,
		400
	);
}

/** The JSON 404 for a territory the database does not hold. */
export const unknownTerritory = (code: string): Response =>
	jsonError(`Territoire inconnu ou non chargé : ${code}`, 404);
