/**
 * Parsing OSM opening_hours values with French public holidays, offline.
 *
 * opening_hours 3.8 bundles the holiday definitions of every country it knows; it never calls
 * Nominatim itself: the "nominatim object" we pass only tells it the country and the "state".
 * For France, `PH` means the national list (Jour de l'an, lundi de Pâques, 1er et 8 mai,
 * Ascension, lundi de Pentecôte, 14 juillet, 15 août, Toussaint, 11 novembre, Noël), plus the
 * holidays restricted by the library to a "state": Vendredi saint and 26 décembre in Moselle,
 * Bas-Rhin and Haut-Rhin, abolition of slavery in the overseas départements… So the state is
 * chosen from the département. Elsewhere any metropolitan region gives the same `PH` list.
 */
import OpeningHours from 'opening_hours';
import { PARIS } from './wall-clock';

/** Where a help point is, as far as its hours are concerned. */
export interface HoursLocation {
	/** Département code ('04', '57', '971'…): picks local holidays and the time zone. */
	departement?: string | null;
	/** Position, only used by `sunrise`/`sunset` values (default: centre of France). */
	lat?: number;
	lon?: number;
}

// library "state" names whose extra public holidays differ from the national list
const STATES: Record<string, string> = {
	'57': 'Moselle',
	'67': 'Bas-Rhin',
	'68': 'Haut-Rhin',
	'971': 'Guadeloupe',
	'972': 'Martinique',
	'973': 'Guyane',
	'974': 'Réunion',
	'976': 'Mayotte',
	'977': 'Saint-Barthélemy',
	'978': 'Saint-Martin (France)'
};
// a state with school-holiday (SH) definitions, so that values mentioning SH still parse
const DEFAULT_STATE = 'Île-de-France';

const ZONES: Record<string, string> = {
	'971': 'America/Guadeloupe',
	'972': 'America/Martinique',
	'973': 'America/Cayenne',
	'974': 'Indian/Reunion',
	'975': 'America/Miquelon',
	'976': 'Indian/Mayotte',
	'977': 'America/St_Barthelemy',
	'978': 'America/Marigot'
};

/** IANA time zone of a département: Europe/Paris unless overseas. */
export function timeZoneOf(departement?: string | null): string {
	return (departement && ZONES[departement]) || PARIS;
}

const cache = new Map<string, OpeningHours | null>();
const CACHE_SIZE = 5000;

/**
 * The parsed value, or null when it does not parse. Parsed values are cached (help points share
 * a few hundred distinct values), so calling this per point and per request is cheap.
 */
export function parseOpeningHours(
	value: string,
	location: HoursLocation = {}
): OpeningHours | null {
	const state = (location.departement && STATES[location.departement]) || DEFAULT_STATE;
	const solar = /sun|dawn|dusk/.test(value);
	const lat = solar ? (location.lat ?? 46.6) : 46.6;
	const lon = solar ? (location.lon ?? 2.4) : 2.4;
	const key = `${state}|${lat}|${lon}|${value}`;
	if (cache.has(key)) return cache.get(key)!;
	const build = (s: string) => {
		// the library only reads lat/lon when they are strings (for sunrise and sunset)
		const where = { lat: String(lat), lon: String(lon), address: { country_code: 'fr', state: s } };
		return new OpeningHours(
			value,
			where as unknown as ConstructorParameters<typeof OpeningHours>[1]
		);
	};
	let parsed: OpeningHours | null = null;
	try {
		parsed = build(state);
	} catch {
		// Alsace-Moselle and overseas states have no school holidays (SH) in the library
		try {
			if (state !== DEFAULT_STATE) parsed = build(DEFAULT_STATE);
		} catch {
			parsed = null;
		}
	}
	if (cache.size >= CACHE_SIZE) cache.clear();
	cache.set(key, parsed);
	return parsed;
}
