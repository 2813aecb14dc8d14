import type Database from 'better-sqlite3';
import {
	evaluateScenario,
	type ScenarioResult,
	type ScenarioSite
} from '../../analysis/scenarios/evaluate';
import {
	suggestBusRoute,
	suggestSites,
	type BusSuggestion,
	type Candidate,
	type Suggestion
} from '../../analysis/scenarios/suggest';
import { KIND_INFO, type HelpKind } from '../../catalog/kinds';
import { formatDecimal } from '../../labels';
import type { StopDay } from '../../catalog/stop-days';
import type { ScenarioRequest, SiteRequest, SuggestionRequest } from '../../params/scenario';
import type { CoverageCommune } from '../../analysis/coverage';
import type { TerritoryRef } from '../../types/territory';
import { scenarioBase } from './scenario-base';
import { territoryKind } from '../../params/territory';

export interface ScenarioAnswer extends ScenarioResult {
	territoire: TerritoryRef;
	params: ScenarioRequest['params'];
	/** Ids asked to be removed that are not among the territory's help points. */
	inconnus: number[];
	/** The sites added, as evaluated, in the order asked. */
	ajoutes: AddedSite[];
}

/** An added site as evaluated: its name, kind, position, commune and a bus's stops with their days. */
export interface AddedSite {
	nom: string;
	type: HelpKind;
	lat: number;
	lon: number;
	/** Code INSEE of the commune it was placed in, when given. */
	commune: string | null;
	communeNom: string | null;
	arrets: { code: string; nom: string; jours: StopDay[] }[];
}

/** An answer, or the French message of a request the data cannot serve (a 400, never a 500). */
export type Answer<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; error: string };

function siteOf(
	s: SiteRequest,
	i: number,
	byCode: Map<string, CoverageCommune>
): ScenarioSite | string {
	const at = s.commune ? byCode.get(s.commune) : undefined;
	if (s.commune && !at)
		return `Champ « ajouter[${i}].commune » : la commune ${s.commune} n’est pas dans le territoire.`;
	for (const code of s.arrets)
		if (!byCode.has(code))
			return `Champ « ajouter[${i}].arrets » : la commune ${code} n’est pas dans le territoire.`;
	const lat = s.lat ?? at?.lat ?? null;
	const lon = s.lon ?? at?.lon ?? null;
	if (lat === null || lon === null)
		return `Champ « ajouter[${i}].commune » : la commune ${s.commune} n’a pas de position connue.`;
	const bus = s.arrets.length > 0;
	const label = KIND_INFO[s.type as HelpKind].label;
	return {
		kind: s.type,
		nom: s.nom ?? `${label} (projet)${at ? ` à ${at.nom}` : ''}`,
		lat,
		lon,
		itinerant: bus,
		serves: bus ? s.arrets : undefined,
		commune: s.commune
	};
}

/**
 * Scenarios are a planner's tool for a département or an EPCI (what a COPIL steers); France or a
 * région would make every public request recompute thousands of communes.
 */
function scenarioLevel(code: string): Answer<never> | null {
	const level = territoryKind(code);
	return level === 'departement' || level === 'epci' || level === null
		? null
		: {
				ok: false,
				status: 400,
				error: `Champ « territoire » : les scénarios se calculent pour un département ou une intercommunalité (EPCI), pas pour « ${code} ».`
			};
}

function addedSite(
	s: SiteRequest,
	site: ScenarioSite,
	byCode: Map<string, CoverageCommune>
): AddedSite {
	return {
		nom: site.nom,
		type: s.type as HelpKind,
		lat: site.lat,
		lon: site.lon,
		commune: s.commune,
		communeNom: s.commune ? (byCode.get(s.commune)?.nom ?? null) : null,
		arrets: s.arrets.map((code, j) => ({
			code,
			nom: byCode.get(code)?.nom ?? code,
			jours: s.jours[j] ?? []
		}))
	};
}

/** A scenario on a territory: its figures before and after and the communes that change. */
export async function evaluateTerritoryScenario(
	db: Database.Database,
	req: ScenarioRequest
): Promise<Answer<ScenarioAnswer>> {
	const refused = scenarioLevel(req.territoire);
	if (refused) return refused;
	const loaded = await scenarioBase(db, req.territoire, req.params);
	if (!loaded)
		return {
			ok: false,
			status: 404,
			error: `Territoire inconnu ou non chargé : ${req.territoire}`
		};
	const { scope, base } = loaded;
	const byCode = new Map(base.communes.map((c) => [c.code, c]));
	const add: ScenarioSite[] = [];
	const ajoutes: AddedSite[] = [];
	for (const [i, s] of req.ajouter.entries()) {
		const site = siteOf(s, i, byCode);
		if (typeof site === 'string') return { ok: false, status: 400, error: site };
		add.push(site);
		ajoutes.push(addedSite(s, site, byCode));
	}
	const known = new Set(base.points.map((p) => p.id));
	const result = evaluateScenario(base, { remove: req.retirer, add, params: req.params });
	return {
		ok: true,
		value: {
			territoire: { code: scope.code, nom: scope.nom, niveau: scope.niveau },
			params: req.params,
			inconnus: req.retirer.filter((id) => !known.has(id)),
			ajoutes,
			...result
		}
	};
}

export interface SuggestionAnswer extends Suggestion {
	territoire: TerritoryRef;
	params: SuggestionRequest['params'];
	mode: SuggestionRequest['mode'];
	/** Which points were tried, in words. */
	candidats: string;
	/** Bus: its base and its reach (road estimate, km). */
	bus?: { base: Candidate | null; porteeKm: number };
}

/**
 * Where N new sites (or K stops of one bus) would cover the most fragile inhabitants left in
 * zones blanches today. Candidates: the reference point of each commune of the territory; a
 * bus's base: the commune asked for, else the one whose reach covers the most.
 */
export async function territorySuggestions(
	db: Database.Database,
	code: string,
	req: SuggestionRequest
): Promise<Answer<SuggestionAnswer>> {
	const refused = scenarioLevel(code);
	if (refused) return refused;
	const loaded = await scenarioBase(db, code, req.params);
	if (!loaded)
		return { ok: false, status: 404, error: `Territoire inconnu ou non chargé : ${code}` };
	const { scope, base } = loaded;
	const coverage = base.before!;
	const points: Candidate[] = base.communes.flatMap((c) =>
		c.lat !== null && c.lon !== null ? [{ code: c.code, nom: c.nom, lat: c.lat, lon: c.lon }] : []
	);
	const head = {
		territoire: { code: scope.code, nom: scope.nom, niveau: scope.niveau },
		params: req.params,
		mode: req.mode
	};
	if (req.mode === 'sites')
		return {
			ok: true,
			value: {
				...head,
				candidats: 'Point de référence de chaque commune du territoire (centre-bourg).',
				...suggestSites(base.communes, coverage, points, {
					n: req.n,
					thresholdKm: req.params.seuilKm
				})
			}
		};
	const bases = req.base ? points.filter((p) => p.code === req.base) : points;
	if (req.base && !bases.length)
		return {
			ok: false,
			status: 400,
			error: `Paramètre « base » : la commune ${req.base} n’est pas dans le territoire ou n’a pas de position connue.`
		};
	const bus: BusSuggestion = suggestBusRoute(base.communes, coverage, bases, {
		k: req.n,
		rangeKm: req.porteeKm
	});
	return {
		ok: true,
		value: {
			...head,
			candidats:
				`Arrêts : les communes en zone blanche (un bus compte dans les communes où il s’arrête), ` +
				`toutes à ${formatDecimal(req.porteeKm)} km au plus par la route (estimée) de sa base ; ` +
				(req.base
					? `base : ${bases[0].nom}.`
					: 'base : le centre de la commune du territoire d’où ses arrêts couvrent le plus d’habitants.'),
			bus: { base: bus.base, porteeKm: req.porteeKm },
			sites: bus.sites,
			uncovered: bus.uncovered,
			gain: bus.gain
		}
	};
}
