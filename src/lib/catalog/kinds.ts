/**
 * The kinds of help a person can find, and everything the app says or draws about each: its
 * names, its symbol, how the national schema writes it, its order and its sources. A kind
 * missing from `KIND_INFO` does not compile; every list of kinds is read from it.
 */
import { keysOf } from './keys';

export type HelpKind =
	| 'france-services'
	| 'mediation'
	| 'conseiller-numerique'
	| 'bibliotheque'
	| 'aidants-connect';

export interface KindInfo {
	/** Name of one place, next to it in lists and popups. */
	label: string;
	/** Name of the group, in legends, counts and filters. */
	plural: string;
	/** A column heading of a few letters, in narrow printed tables. */
	short: string;
	/** Fill of its symbol on the map, in legends and on paper. */
	colour: string;
	/** Its symbol, an SVG path in a 20×20 box: one shape per kind, so that symbols read in black and white too. */
	shape: string;
	/** Position in every list of kinds (legends, filters, counts), 1 first. */
	rank: number;
	/** Where symbols overlap, higher is drawn on top, and a click opens it first (kinds may tie). */
	drawOrder: number;
	/**
	 * How the national schema of médiation numérique places says it: a value of
	 * `dispositif_programmes_nationaux` or of `typologie`; the médiation kind is the default.
	 */
	schema: { programme?: string; typologie?: string };
	/** A digital-help service by definition, whatever its `services` field says (the finder's main list). */
	helpByDefinition: boolean;
	/** Keys in the source registry (import/sources.ts) of the files that list places of this kind. */
	sources: string[];
}

export const KIND_INFO: Record<HelpKind, KindInfo> = {
	'france-services': {
		label: 'France services',
		plural: 'France services',
		short: 'France services',
		colour: '#1d4e89',
		shape: 'M3 3H17V17H3Z', // square
		rank: 1,
		drawOrder: 5,
		schema: { programme: 'France Services' },
		helpByDefinition: true,
		sources: ['france-services-2024']
	},
	mediation: {
		label: 'Lieu de médiation numérique',
		plural: 'Lieux de médiation numérique',
		short: 'Médiation',
		colour: '#7b2a8c',
		shape: 'M10 2.5A7.5 7.5 0 1 1 9.99 2.5Z', // circle
		rank: 2,
		drawOrder: 4,
		schema: {},
		helpByDefinition: false,
		sources: ['hub-du-sud-2023', 'data-inclusion-2023']
	},
	'conseiller-numerique': {
		label: 'Conseiller numérique',
		plural: 'Permanences de conseillers numériques',
		short: 'Conseil\u00adlers num.',
		colour: '#00704a',
		shape: 'M10 2L18.5 17H1.5Z', // triangle
		rank: 3,
		drawOrder: 3,
		schema: { programme: 'Conseillers numériques' },
		helpByDefinition: true,
		sources: ['cnfs-2022']
	},
	bibliotheque: {
		label: 'Bibliothèque, médiathèque',
		plural: 'Bibliothèques, médiathèques',
		short: 'Biblio\u00adthèques', // a soft hyphen for narrow columns
		colour: '#8c4a00',
		shape: 'M10 1.5L18.5 10L10 18.5L1.5 10Z', // diamond
		rank: 4,
		drawOrder: 2,
		schema: { typologie: 'BIB' },
		helpByDefinition: false,
		sources: ['bibliotheques']
	},
	'aidants-connect': {
		label: 'Aidants Connect',
		plural: 'Structures Aidants Connect',
		short: 'Aidants Connect',
		colour: '#b0003a',
		shape: 'M7 2H13V7H18V13H13V18H7V13H2V7H7Z', // plus sign
		rank: 5,
		drawOrder: 3,
		schema: { programme: 'Aidants Connect' },
		helpByDefinition: true,
		sources: ['aidants-connect-2024']
	}
};

/** Every kind, in rank order. */
export const HELP_KINDS: readonly HelpKind[] = keysOf(KIND_INFO).sort(
	(a, b) => KIND_INFO[a].rank - KIND_INFO[b].rank
);

/** Whether a code (from a URL, a file or the database) is a kind of help. */
export function isHelpKind(code: string): code is HelpKind {
	return (HELP_KINDS as readonly string[]).includes(code);
}

/** The catalogue entry of a kind code read from the database or a URL; undefined when unknown. */
export function kindInfo(code: string): KindInfo | undefined {
	return isHelpKind(code) ? KIND_INFO[code] : undefined;
}
