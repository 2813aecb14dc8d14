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
