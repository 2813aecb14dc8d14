/** `territoire` of the national map: France, a région, a département, an EPCI or a commune. */
import type { TerritoryLevel } from '../types/territory';
import { invalid, ok, text, type Parsed, type Query } from './parsed';
import { FRANCE, territoryKind } from './territory';

/**
 * The territory the national map frames: France when absent, else any code of the territory
 * scheme (`FR`, `R93`, `04`, an EPCI SIREN, a commune INSEE code; upper-cased: 2a004 is 2A004).
 */
export function parseMapSelection(q: Query): Parsed<{ niveau: TerritoryLevel; code: string }> {
	const code = (text(q, 'territoire') || FRANCE).toUpperCase();
	const kind = territoryKind(code);
	if (kind) return ok({ niveau: kind, code });
	return invalid(
		`Paramètre « territoire » invalide : « ${code.slice(0, 20)} ». Attendu : FR, une région (R93), un département (04), un SIREN d’EPCI ou un code INSEE de commune.`
	);
}
