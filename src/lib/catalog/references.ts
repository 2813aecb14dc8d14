/**
 * The averages a commune is compared with, and how each screen names them. A reference missing
 * from `REFERENCE_INFO` does not compile; the list of references is read from it.
 */
import { keysOf } from './keys';

export type Reference = 'departement' | 'epci' | 'region' | 'france';

export interface ReferenceInfo {
	/** Name of the choice in the analysis controls. */
	choice: string;
	/** The average itself, in legends: « moyenne du département ». */
	average: string;
	/** After « moyenne » in a sentence: « au-delà de la moyenne départementale ». */
	adjective: string;
}

export const REFERENCE_INFO: Record<Reference, ReferenceInfo> = {
	departement: {
		choice: 'Département (pondérée par la population)',
		average: 'moyenne du département',
		adjective: 'départementale'
	},
	epci: { choice: 'EPCI de la commune', average: 'moyenne de l’EPCI', adjective: 'de leur EPCI' },
	region: {
		choice: 'Région (pondérée par la population)',
		average: 'moyenne de la région',
		adjective: 'régionale'
	},
	france: { choice: 'France', average: 'moyenne France', adjective: 'nationale' }
};

/** Every reference, in the order of the catalogue (the analysis controls). */
export const REFERENCE_KEYS: readonly Reference[] = keysOf(REFERENCE_INFO);
