/**
 * The analysis choices shared by the map URL and the API: indicator, reference average,
 * threshold and kinds of help that count. Invalid values are errors in French, never defaults
 * in silence (the API answers 400 with them).
 */
import { HELP_KINDS } from '../catalog/kinds';
import { INDICATOR_KEYS, type IndicatorKey } from '../catalog/indicators';
import { REFERENCE_KEYS, type Reference } from '../catalog/references';

/** The values `indicateur` and `reference` accept: the catalogue's keys. */
export const INDICATORS = INDICATOR_KEYS;
export const REFERENCES = REFERENCE_KEYS;

export interface CoverageParams {
	indicateur: IndicatorKey;
	reference: Reference;
	seuilKm: number;
	/** Kinds of help that count; every kind when the parameter is absent or empty. */
	types: string[];
}

export const DEFAULT_PARAMS: CoverageParams = {
	indicateur: 'ifn',
	reference: 'departement',
	seuilKm: 10,
	types: [...HELP_KINDS]
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Read the analysis parameters from a query string. */
export function parseCoverageParams(q: URLSearchParams): Parsed<CoverageParams> {
	const out: CoverageParams = { ...DEFAULT_PARAMS, types: [...DEFAULT_PARAMS.types] };
	const ind = q.get('indicateur');
	if (ind) {
		if (!(INDICATORS as readonly string[]).includes(ind))
			return {
				ok: false,
				error: `Paramètre « indicateur » invalide : « ${ind} ». Valeurs possibles : ${INDICATORS.join(', ')}.`
			};
		out.indicateur = ind as CoverageParams['indicateur'];
	}
	const ref = q.get('reference');
	if (ref) {
		if (!(REFERENCES as readonly string[]).includes(ref))
			return {
				ok: false,
				error: `Paramètre « reference » invalide : « ${ref} ». Valeurs possibles : ${REFERENCES.join(', ')}.`
			};
		out.reference = ref as CoverageParams['reference'];
	}
	const seuil = q.get('seuil_km');
	if (seuil != null && seuil !== '') {
		const n = Number(seuil.replace(',', '.'));
		if (!Number.isFinite(n) || n <= 0 || n > 100)
			return {
				ok: false,
				error: `Paramètre « seuil_km » invalide : « ${seuil} ». Un nombre de kilomètres entre 0 et 100 est attendu.`
			};
		out.seuilKm = n;
	}
	const types = q.get('types');
	if (types) {
		const list = types
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean);
		const bad = list.filter((t) => !(HELP_KINDS as readonly string[]).includes(t));
		if (bad.length)
			return {
				ok: false,
				error: `Paramètre « types » invalide : « ${bad.join(', ')} ». Valeurs possibles : ${HELP_KINDS.join(', ')}.`
			};
		out.types = list;
	}
	return { ok: true, value: out };
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
