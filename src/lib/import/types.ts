/** Shared record types produced by the pure import parsers and consumed by the database build. */
import type { HelpKind } from '../catalog/kinds';

/** A problem found in a source row: a warning (fixed, and said) or an error (row rejected). */
export interface ImportIssue {
	level: 'warning' | 'error';
	/** File name as given to the parser (no directory). */
	file: string;
	/** 1-based line number in the file (CSV: header is line 1), or array index + 1 for JSON. */
	line: number;
	field: string;
	/** Message in French, for people. */
	message: string;
}

/** One help point as read from one source row, normalised to the national schema vocabulary. */
export interface HelpPointRecord {
	/** Key of the source in the source registry (see sources.ts). */
	source: string;
	/** Identifier of the row within its source (stable across rebuilds). */
	sourceId: string;
	kind: HelpKind;
	nom: string;
	adresse: string | null;
	codePostal: string | null;
	codeInsee: string | null;
	commune: string | null;
	lat: number | null;
	lon: number | null;
	/** True when the position is the commune's point, not the place itself. */
	approximate: boolean;
	/** Bus or itinerant service (its point is its base). */
	itinerant: boolean;
	/** Source-specific format (France Services: fixe, antenne, bus, itinerante…). */
	format: string | null;
	telephone: string | null;
	courriel: string | null;
	siteWeb: string | null;
	/** Opening hours in OSM opening_hours syntax, when the raw value converts cleanly. */
	horaires: string | null;
	/** The raw opening-hours value as the source gave it. */
	horairesBrut: string | null;
	/** Values of the national schema v1 `services` enum. */
	services: string[];
	/** Values of the national schema v1 `publics_specifiquement_adresses` enum. */
	publics: string[];
	/** Values of the national schema v1 `frais_a_charge` enum. */
	frais: string[];
	priseRdv: string | null;
	/** ISO date (YYYY-MM-DD) of the record's last update, else the source's date. */
	dateMaj: string;
}

/** The details a source without format, contacts or hours gives of a help point: none. */
export const NO_DETAILS = {
	format: null,
	telephone: null,
	courriel: null,
	siteWeb: null,
	horaires: null,
	horairesBrut: null
} as const satisfies Partial<HelpPointRecord>;

export interface ParseResult<T> {
	records: T[];
	issues: ImportIssue[];
}
