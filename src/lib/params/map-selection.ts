/** `territoire` of the national map: France, a région, a département, an EPCI or a commune. */
import type { MapSelection } from '../map/national-trail';
import { invalid, ok, text, type Parsed, type Query } from './parsed';
import { territoryKind } from './territory';

/**
 * The territory the national map frames: `FR` (or nothing) for France, `R93` for a région, else
 * a département, EPCI or commune code (upper-cased: 2a004 is 2A004).
 */
export function parseMapSelection(q: Query): Parsed<MapSelection> {
	const code = (text(q, 'territoire') ?? '').toUpperCase();
	if (!code || code === 'FR') return ok({ niveau: 'france', code: 'FR' });
	if (/^R\d{2}$/.test(code)) return ok({ niveau: 'region', code });
	const kind = territoryKind(code);
	if (kind) return ok({ niveau: kind, code });
	return invalid(
		`Paramètre « territoire » invalide : « ${code.slice(0, 20)} ». Attendu : FR, une région (R93), un département (04), un SIREN d’EPCI ou un code INSEE de commune.`
	);
}
