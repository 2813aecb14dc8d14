/** What the resident finder page (`/trouver`) receives: the searched place and the help cards. */
import type { Phone } from '../format';
import type { FinderFilters } from '../params/finder';

/** The place the help is searched around: a commune's point, or a position. */
export interface FinderPlace {
	label: string;
	lat: number;
	lon: number;
	commune: string | null;
	/** Searched by commune (distances then say "À Castellane"), not by position. */
	byCommune: boolean;
	departement?: string;
}

/** A commune to choose or suggest: INSEE code, name and first postcode. */
export interface CommuneChoice {
	code: string;
	nom: string;
	codePostal: string;
}

/** One help point as a card of the list (and a numbered marker of the map). */
export interface FinderCard {
	id: number;
	nom: string;
	kind: string;
	itinerant: boolean;
	adresse: string | null;
	codePostal: string | null;
	commune: string | null;
	telephone: Phone | null;
	distanceM: number;
	/** Where it is, in words: "À Castellane", "À 1,2 km". */
	distance: { main: string; detail: string | null };
	/** The opening line; null for an itinerant service (its passage says when). */
	etat: string | null;
	ouvert: boolean | null;
	passage: string | null;
	/** An itinerant service that serves the searched commune… */
	dessert: boolean;
	/** …with a stop of its tour in the commune. */
	arret: boolean;
	approximatif: boolean;
	/** Date of the information; null when the source gives none. */
	dateMaj: string | null;
	/** Information over 3 years old. */
	douteux: boolean;
	lat: number;
	lon: number;
}

/** The finder's answer: the place and its help, or the communes to choose from. */
export interface FinderPage {
	text: string;
	filters: FinderFilters;
	place: FinderPlace | null;
	/** Other communes the text may mean ("Vous cherchiez une autre commune ?"). */
	autres: CommuneChoice[];
	/** Several communes match the text: to choose from, by département. */
	choix: { departement: string; nom: string; communes: CommuneChoice[] }[];
	/** A city's municipal arrondissements (Paris, Lyon, Marseille), to search nearer home. */
	arrondissements: CommuneChoice[];
	departements: { code: string; nom: string }[];
	/** The départements built, to name them when a search finds nothing; null: all of France. */
	couverture: { code: string; nom: string }[] | null;
	/** A text that designates no built commune. */
	notFound: boolean;
	/** Places that declare digital help, nearest first. */
	results: FinderCard[];
	/** Other public places nearby (mostly libraries), shown apart. */
	apart: FinderCard[];
}
