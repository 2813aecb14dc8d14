/**
 * Parameters of the nearest-help query (`/api/lieux/proches`) and of the finder page (`/trouver`):
 * position, number of results and filters. Wrong values are errors in French (the API answers
 * 400; the page ignores what does not parse, as a form only sends valid values).
 */
import { NEEDS, PUBLICS, type Filters } from '../analysis/needs';
import { SERVICES_V1 } from '../import/services-vocabulary';
import { all, flag, invalid, list, ok, orDefault, text, type Parsed, type Query } from './parsed';

/** The resident's filters, in plain words mapped onto the schema (see analysis/needs.ts). */
export interface FinderFilters extends Required<Filters> {
	/** National schema services: the place offers at least one. */
	services: string[];
	ouvertMaintenant: boolean;
	samedi: boolean;
}

export interface Position {
	lat: number;
	lon: number;
}

export interface FinderParams extends Position, FinderFilters {
	limite: number;
}

/** No filter: every place. */
export const NO_FILTERS: FinderFilters = {
	services: [],
	besoins: [],
	publics: [],
	gratuit: false,
	ouvertMaintenant: false,
	samedi: false
};

/** `lat` and `lon`: a position in decimal degrees. */
export function parsePosition(q: Query): Parsed<Position> {
	const rawLat = text(q, 'lat');
	const rawLon = text(q, 'lon');
	const lat = Number(rawLat);
	const lon = Number(rawLon);
	if (!rawLat || !rawLon || !Number.isFinite(lat) || !Number.isFinite(lon))
		return invalid(
			'Paramètres « lat » et « lon » requis : une latitude et une longitude en degrés décimaux.'
		);
	if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
		return invalid(
			`Position hors limites : lat=${lat}, lon=${lon}. La latitude va de -90 à 90, la longitude de -180 à 180.`
		);
	return ok({ lat, lon });
}

/** `limite`: how many places, 1 to 50 (10 when absent). */
export function parseLimit(q: Query): Parsed<number> {
	const raw = text(q, 'limite');
	const n = raw ? Number(raw) : 10;
	return Number.isInteger(n) && n >= 1 && n <= 50
		? ok(n)
		: invalid(
				`Paramètre « limite » invalide : « ${raw?.slice(0, 30)} ». Un entier de 1 à 50 est attendu.`
			);
}

/** A list parameter whose every value must be known; `message` names the first unknown one. */
function known(
	q: Query,
	name: string,
	values: readonly string[],
	message: (bad: string) => string
): Parsed<string[]> {
	const asked = list(q, name);
	const bad = asked.find((v) => !values.includes(v));
	return bad === undefined ? ok(asked) : invalid(message(bad.slice(0, 60)));
}

/** `services`: national schema `services` values. */
export const parseServices = (q: Query) =>
	known(
		q,
		'services',
		SERVICES_V1,
		(bad) =>
			`Service inconnu : « ${bad} ». Valeurs du schéma national attendues, par exemple « Aide aux démarches administratives ».`
	);

/** A list of keys of analysis/needs.ts (`besoins`, `publics`); `what` names one in the error. */
function keys(name: string, what: string, options: readonly { key: string }[]) {
	const values = options.map((o) => o.key);
	return (q: Query) =>
		known(
			q,
			name,
			values,
			(bad) => `${what} inconnu : « ${bad} ». Valeurs possibles : ${values.join(', ')}.`
		);
}

/** `besoins`: needs in plain words. */
export const parseNeeds = keys('besoins', 'Besoin', NEEDS);

/** `publics`: who the person is. */
export const parsePublics = keys('publics', 'Public', PUBLICS);

/** `ouvert=maintenant`, the only value. */
export function parseOpenNow(q: Query): Parsed<boolean> {
	const v = text(q, 'ouvert');
	return !v || v === 'maintenant'
		? ok(v === 'maintenant')
		: invalid(
				`Paramètre « ouvert » invalide : « ${v.slice(0, 30)} ». Seule la valeur « maintenant » est possible.`
			);
}

/** The filters: `services`, `besoins`, `publics`, `gratuit`, `ouvert`, `samedi`. */
export function parseFinderFilters(q: Query): Parsed<FinderFilters> {
	return all<FinderFilters>({
		services: parseServices(q),
		besoins: parseNeeds(q),
		publics: parsePublics(q),
		gratuit: ok(flag(q, 'gratuit')),
		ouvertMaintenant: parseOpenNow(q),
		samedi: ok(flag(q, 'samedi'))
	});
}

/** The nearest-help API query: position (required), `limite`, filters. */
export function parseFinderParams(q: Query): Parsed<FinderParams> {
	const at = parsePosition(q);
	if (!at.ok) return at;
	const limite = parseLimit(q);
	if (!limite.ok) return limite;
	const filters = parseFinderFilters(q);
	if (!filters.ok) return filters;
	return ok({ ...at.value, limite: limite.value, ...filters.value });
}

/** `q`: the text typed in the search box, trimmed, at most 100 characters. */
export function parseSearchText(q: Query): string {
	return (text(q, 'q') ?? '').slice(0, 100);
}

/** What the finder page was asked: a text, a commune or a position, and the filters. */
export interface FinderQuery {
	/** Typed text (a commune name, a postcode), at most 100 characters. */
	text: string;
	commune: string | null;
	/** "Me localiser" or a chosen address; null when absent or not a position. */
	position: Position | null;
	/** The address label that goes with the position ('' when sent empty). */
	adresse: string | null;
	filters: FinderFilters;
}

/** The finder page's query; what does not parse is ignored (a page still opens from a bad link). */
export function parseFinderQuery(q: Query): FinderQuery {
	return {
		text: parseSearchText(q),
		commune: text(q, 'commune') || null,
		position: orDefault<Position | null>(parsePosition(q), null),
		adresse: text(q, 'adresse'),
		filters: orDefault(parseFinderFilters(q), NO_FILTERS)
	};
}
