/**
 * The body of `POST /api/scenarios/evaluer` and the query of the suggestions: each field checked,
 * the first error in French naming the field. The analysis choices go through the map's own
 * parsers (`parseCoverageParams`), so a threshold or a kind is refused with the same words.
 */
import type { CoverageParams } from '../analysis/coverage-params';
import { HELP_KINDS, isHelpKind } from '../catalog/kinds';
import { STOP_DAYS, isStopDay, sortStopDays, type StopDay } from '../catalog/stop-days';
import { parseCoverageParams } from './coverage';
import { all, invalid, ok, oneOf, text, type Parsed, type Query } from './parsed';
import { parseTerritory, territoryKind } from './territory';

/** A site to open: at a commune's centre (`commune`) or at given coordinates. */
export interface SiteRequest {
	type: string;
	nom: string | null;
	commune: string | null;
	lat: number | null;
	lon: number | null;
	/** A bus: it counts in the communes it stops in (`arrets`, codes INSEE). */
	arrets: string[];
	/** The days of each stop, in the order of `arrets` (an empty list: days not given). */
	jours: StopDay[][];
}

export interface ScenarioRequest {
	territoire: string;
	retirer: number[];
	ajouter: SiteRequest[];
	params: CoverageParams;
}

const MAX_SITES = 200;
const MAX_REMOVED = 5000;

/** A JSON object's scalar fields as a query, so the URL parsers read them. */
function asQuery(o: Record<string, unknown>): URLSearchParams {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(o)) {
		if (Array.isArray(v)) for (const x of v) q.append(k, String(x));
		else if (typeof v === 'string' || typeof v === 'number') q.set(k, String(v));
	}
	return q;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function parseRemoved(v: unknown): Parsed<number[]> {
	if (v === undefined || v === null) return ok([]);
	if (!Array.isArray(v) || v.length > MAX_REMOVED || !v.every((x) => Number.isInteger(x) && x > 0))
		return invalid(
			`Champ « retirer » invalide : une liste d’identifiants de lieux (entiers positifs, au plus ${MAX_REMOVED}) est attendue.`
		);
	return ok([...new Set(v as number[])]);
}

/**
 * `jours`: one list of days per stop of `arrets`, in the same order (`[["lundi", "jeudi"],
 * ["mardi"]]`); left out, the days are not given.
 */
function parseStopDays(v: unknown, stops: number, field: string): Parsed<StopDay[][]> {
	if (v === undefined || v === null) return ok(Array.from({ length: stops }, () => []));
	if (!Array.isArray(v) || v.length !== stops)
		return invalid(
			stops === 0
				? `Champ « ${field}.jours » invalide : des jours ne se donnent que pour les arrêts d’un bus (« ${field}.arrets »).`
				: `Champ « ${field}.jours » invalide : une liste de jours par arrêt est attendue (${stops} arrêt(s), dans l’ordre de « ${field}.arrets »).`
		);
	const out: StopDay[][] = [];
	for (const [j, days] of v.entries()) {
		const bad = Array.isArray(days)
			? days.find((d) => typeof d !== 'string' || !isStopDay(d.trim().toLowerCase()))
			: days;
		if (!Array.isArray(days) || bad !== undefined)
			return invalid(
				`Champ « ${field}.jours[${j}] » invalide${Array.isArray(days) ? ` : « ${String(bad).slice(0, 20)} »` : ''}. Une liste de jours est attendue, parmi : ${STOP_DAYS.join(', ')}.`
			);
		out.push(sortStopDays(days.map((d: string) => d.trim().toLowerCase() as StopDay)));
	}
	return ok(out);
}

function parseSite(v: unknown, i: number): Parsed<SiteRequest> {
	const field = `ajouter[${i}]`;
	if (!isObject(v)) return invalid(`Champ « ${field} » invalide : un objet est attendu.`);
	const type = typeof v.type === 'string' ? v.type : '';
	if (!isHelpKind(type))
		return invalid(
			`Champ « ${field}.type » invalide : « ${type.slice(0, 30)} ». Valeurs possibles : ${HELP_KINDS.join(', ')}.`
		);
	const nom = typeof v.nom === 'string' && v.nom.trim() ? v.nom.trim().slice(0, 120) : null;
	const commune = typeof v.commune === 'string' ? v.commune.toUpperCase() : null;
	if (commune !== null && territoryKind(commune) !== 'commune')
		return invalid(
			`Champ « ${field}.commune » invalide : « ${commune.slice(0, 20)} ». Un code INSEE de commune est attendu (04070).`
		);
	const lat = typeof v.lat === 'number' ? v.lat : null;
	const lon = typeof v.lon === 'number' ? v.lon : null;
	if ((lat === null) !== (lon === null) || (v.lat !== undefined && lat === null))
		return invalid(
			`Champ « ${field}.lat » / « ${field}.lon » invalide : deux nombres sont attendus.`
		);
	if (lat !== null && lon !== null && (Math.abs(lat) > 90 || Math.abs(lon) > 180))
		return invalid(
			`Champ « ${field}.lat » / « ${field}.lon » invalide : coordonnées hors du globe.`
		);
	if (commune === null && lat === null)
		return invalid(
			`Champ « ${field} » incomplet : une commune (code INSEE) ou des coordonnées (lat, lon) sont attendues.`
		);
	const arrets = v.arrets ?? [];
	if (
		!Array.isArray(arrets) ||
		!arrets.every((c) => typeof c === 'string' && territoryKind(c.toUpperCase()) === 'commune')
	)
		return invalid(
			`Champ « ${field}.arrets » invalide : une liste de codes INSEE de communes est attendue.`
		);
	const jours = parseStopDays(v.jours, arrets.length, field);
	if (!jours.ok) return jours;
	return ok({
		type,
		nom,
		commune,
		lat,
		lon,
		arrets: arrets.map((c: string) => c.toUpperCase()),
		jours: jours.value
	});
}

function parseSites(v: unknown): Parsed<SiteRequest[]> {
	if (v === undefined || v === null) return ok([]);
	if (!Array.isArray(v) || v.length > MAX_SITES)
		return invalid(
			`Champ « ajouter » invalide : une liste d’au plus ${MAX_SITES} sites est attendue.`
		);
	const out: SiteRequest[] = [];
	for (const [i, s] of v.entries()) {
		const p = parseSite(s, i);
		if (!p.ok) return p;
		out.push(p.value);
	}
	return ok(out);
}

/** The JSON body of a scenario evaluation. */
export function parseScenarioRequest(body: unknown): Parsed<ScenarioRequest> {
	if (!isObject(body))
		return invalid(
			'Corps de requête invalide : un objet JSON est attendu ({ "territoire": "04", "retirer": [], "ajouter": [], "seuil_km": 10 }).'
		);
	const q = asQuery(body);
	return all<ScenarioRequest>({
		territoire: parseTerritory(q),
		retirer: parseRemoved(body.retirer),
		ajouter: parseSites(body.ajouter),
		params: parseCoverageParams(q)
	});
}

export interface SuggestionRequest {
	n: number;
	mode: 'sites' | 'bus';
	/** Bus: how far from its base the vehicle goes for a stop (road estimate, km). */
	porteeKm: number;
	/** Bus: the commune it is based in (code INSEE); the best one when absent. */
	base: string | null;
	params: CoverageParams;
}

/** A bus's reach from its base when the query does not say: about 45 minutes of road. */
export const DEFAULT_BUS_RANGE_KM = 40;

/** `portee_km`: a bus's reach from its base, in km of road, above 0 and up to 200. */
function parseRange(q: Query): Parsed<number> {
	const raw = text(q, 'portee_km');
	if (!raw) return ok(DEFAULT_BUS_RANGE_KM);
	const n = Number(raw.replace(',', '.'));
	return Number.isFinite(n) && n > 0 && n <= 200
		? ok(n)
		: invalid(
				`Paramètre « portee_km » invalide : « ${raw.slice(0, 30)} ». Un nombre de kilomètres entre 0 et 200 est attendu.`
			);
}

/** `base`: the code INSEE of the commune a bus leaves from (5 characters), or none. */
function parseBase(q: Query): Parsed<string | null> {
	const raw = text(q, 'base');
	if (!raw) return ok(null);
	const code = raw.toUpperCase();
	return territoryKind(code) === 'commune'
		? ok(code)
		: invalid(
				`Paramètre « base » invalide : « ${raw.slice(0, 30)} ». Le code INSEE d’une commune est attendu (5 caractères, par exemple 04070).`
			);
}

/** `n`: how many sites (1 to 20, 3 by default). */
function parseCount(q: Query): Parsed<number> {
	const raw = text(q, 'n');
	if (!raw) return ok(3);
	const n = Number(raw);
	return Number.isInteger(n) && n >= 1 && n <= 20
		? ok(n)
		: invalid(
				`Paramètre « n » invalide : « ${raw.slice(0, 20)} ». Un entier entre 1 et 20 est attendu.`
			);
}

/**
 * The query of `GET /api/territoires/{code}/suggestions`: n, mode (sites or bus), a bus's reach
 * and base, and the choices.
 */
export function parseSuggestionRequest(q: Query): Parsed<SuggestionRequest> {
	return all<SuggestionRequest>({
		n: parseCount(q),
		mode: oneOf(q, 'mode', ['sites', 'bus'] as const, 'sites'),
		porteeKm: parseRange(q),
		base: parseBase(q),
		params: parseCoverageParams(q)
	});
}
