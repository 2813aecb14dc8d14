/**
 * The analysis choices shared by the map URL and the API: indicator, reference average,
 * threshold and kinds of help that count. Invalid values are errors in French, never defaults
 * in silence (the API answers 400 with them).
 */
import { HELP_KINDS } from '../catalog/kinds';
import {
	DEFAULT_PARAMS,
	INDICATORS,
	REFERENCES,
	type CoverageParams
} from '../analysis/coverage-params';
import { all, invalid, list, ok, oneOf, text, type Parsed, type Query } from './parsed';

/** `seuil_km`: the zone-blanche distance, in km (a decimal comma is read), above 0 and up to 100. */
export function parseThresholdKm(q: Query): Parsed<number> {
	const raw = text(q, 'seuil_km');
	if (!raw) return ok(DEFAULT_PARAMS.seuilKm);
	const n = Number(raw.replace(',', '.'));
	return Number.isFinite(n) && n > 0 && n <= 100
		? ok(n)
		: invalid(
				`Paramètre « seuil_km » invalide : « ${raw.slice(0, 30)} ». Un nombre de kilomètres entre 0 et 100 est attendu.`
			);
}

/** `types`: kinds of help, comma-separated; every kind when absent or empty; repeats ignored. */
export function parseKinds(q: Query, name = 'types'): Parsed<string[]> {
	const kinds = list(q, name);
	if (!kinds.length) return ok([...HELP_KINDS]);
	const bad = kinds.filter((t) => !(HELP_KINDS as readonly string[]).includes(t));
	return bad.length
		? invalid(
				`Paramètre « ${name} » invalide : « ${bad.join(', ').slice(0, 60)} ». Valeurs possibles : ${HELP_KINDS.join(', ')}.`
			)
		: // once each, in the catalogue's order: one choice, one cache entry, one wording
			ok(HELP_KINDS.filter((k) => kinds.includes(k)));
}

/** Read the analysis parameters (`indicateur`, `reference`, `seuil_km`, `types`). */
export function parseCoverageParams(q: Query): Parsed<CoverageParams> {
	return all<CoverageParams>({
		indicateur: oneOf(q, 'indicateur', INDICATORS, DEFAULT_PARAMS.indicateur),
		reference: oneOf(q, 'reference', REFERENCES, DEFAULT_PARAMS.reference),
		seuilKm: parseThresholdKm(q),
		types: parseKinds(q)
	});
}

/** The query string of non-default parameters, for shareable links and export URLs. */
export function coverageQuery(p: CoverageParams): URLSearchParams {
	const q = new URLSearchParams();
	if (p.indicateur !== DEFAULT_PARAMS.indicateur) q.set('indicateur', p.indicateur);
	if (p.reference !== DEFAULT_PARAMS.reference) q.set('reference', p.reference);
	if (p.seuilKm !== DEFAULT_PARAMS.seuilKm) q.set('seuil_km', String(p.seuilKm));
	if (p.types.length !== HELP_KINDS.length || !HELP_KINDS.every((k) => p.types.includes(k)))
		q.set('types', p.types.join(','));
	return q;
}

/** `communes`: `0` leaves the per-commune figures out of a coverage answer (default `1`). */
export function parseWithCommunes(q: Query): Parsed<boolean> {
	const raw = text(q, 'communes');
	if (!raw || raw === '1') return ok(true);
	if (raw === '0') return ok(false);
	return invalid(
		`Paramètre « communes » invalide : « ${raw.slice(0, 20)} ». Attendu : 0 (sans les communes) ou 1.`
	);
}
