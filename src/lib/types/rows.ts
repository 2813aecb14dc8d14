/**
 * One row type per table, as SQLite returns it (columns in snake_case, booleans as 0/1, lists as
 * '|'-separated text, GeoJSON as text). The DDL is in `server/db/migrations/`; a query that
 * selects fewer columns returns a `Pick<>` of these, so a renamed column fails to compile.
 * In `$lib/types`, beside the types derived from them (`exports.ts`), not under `server/`.
 */

import type { ReportReason } from '../import/report-form';

// The open-data database (data/maillage.sqlite), rebuilt by `npm run db:build`.

/** `sources`: the registry every value refers to by its key. */
export interface SourceRow {
	key: string;
	titre: string;
	producteur: string;
	licence: string;
	date: string;
	url: string;
}

/** `build_info`: facts of the build (date, départements built). */
export interface BuildInfoRow {
	key: string;
	value: string;
}

/** `departements`. */
export interface DepartementRow {
	code: string;
	nom: string;
	region: string | null;
	population: number;
	/** GeoJSON geometry as text. */
	geometry: string | null;
	source: string;
}

/** `regions` (code: COG, without the R that URLs add). */
export interface RegionRow {
	code: string;
	nom: string;
	source: string;
}

/** `epci` (code: SIREN). */
export interface EpciRow {
	code: string;
	nom: string;
	type: string | null;
	population: number;
	geometry: string | null;
	source: string;
}

/** `epci_departements`: an EPCI may straddle two départements. */
export interface EpciDepartementRow {
	epci: string;
	departement: string;
}

/** `communes` (code: INSEE, current COG). */
export interface CommuneRow {
	code: string;
	nom: string;
	departement: string;
	epci: string | null;
	population: number;
	/** '|'-separated. */
	codes_postaux: string;
	lat: number | null;
	lon: number | null;
	geometry: string | null;
	/** exact: own 2018 shape; union: merged from former communes; fallback: approximation. */
	geom_status: 'exact' | 'union' | 'fallback' | 'missing';
	source: string;
	geom_source: string | null;
}

/** `indicateurs`: one value per territory, indicator and source. */
export interface IndicateurRow {
	/** commune | epci | departement | region | france */
	niveau: string;
	code: string;
	indicateur: string;
	valeur: number;
	/** source (as published) | moyenne_ponderee (computed) | anciennes_communes */
	methode: string;
	source: string;
	millesime: string;
}

/** `indicateurs_publies`: a value its producer publishes for a whole territory (IFN per EPCI). */
export type IndicateurPublieRow = Omit<IndicateurRow, 'methode'>;

/** `arrondissements`: municipal arrondissements (Paris, Lyon, Marseille), for the finder only. */
export interface ArrondissementRow {
	code: string;
	nom: string;
	/** INSEE code of its commune (75056). */
	commune: string;
	population: number;
	/** '|'-separated. */
	codes_postaux: string;
	lat: number | null;
	lon: number | null;
}

/** `lieux`: a help point, merged from its source records. */
export interface LieuRow {
	id: number;
	kind: string;
	nom: string;
	adresse: string | null;
	code_postal: string | null;
	code_insee: string | null;
	commune: string | null;
	departement: string | null;
	lat: number;
	lon: number;
	/** 0 or 1, as `itinerant`. */
	approximatif: number;
	itinerant: number;
	format: string | null;
	telephone: string | null;
	courriel: string | null;
	site_web: string | null;
	/** OSM opening_hours. */
	horaires: string | null;
	horaires_brut: string | null;
	/** '|'-separated national schema v1 values, as are `publics` and `frais`. */
	services: string;
	publics: string;
	frais: string;
	prise_rdv: string | null;
	date_maj: string;
	/** Day a planner last checked the point (migration 003), or null. */
	verifie_le: string | null;
	/** Day (YYYY-MM-DD) its funding or contract ends (migration 007), or null. */
	fin_financement: string | null;
	/** 'actif' | 'menace' | 'en_projet' | 'ferme' (catalog/place-status), or null. */
	statut: string | null;
	note_statut: string | null;
	/** The primary source. */
	source: string;
}

/** `lieux_sources`: every source record merged into a help point. */
export interface LieuSourceRow {
	lieu: number;
	source: string;
	source_id: string;
	nom: string;
	date_maj: string;
}

/** `lieux_rtree`: the R*Tree index of help points (a point: min = max). */
export interface LieuRtreeRow {
	id: number;
	min_lat: number;
	max_lat: number;
	min_lon: number;
	max_lon: number;
}

/** `tournees_arrets`: a stop of an itinerant service. */
export interface TourneeArretRow {
	id: number;
	lieu: number;
	code_insee: string | null;
	lat: number | null;
	lon: number | null;
	libelle: string | null;
	/** OSM opening_hours, e.g. 'Tu[2] 09:00-12:00'. */
	horaires: string | null;
	valide_du: string | null;
	valide_au: string | null;
	source: string;
}

/** `zones_desserte`: a commune served by an itinerant service. */
export interface ZoneDesserteRow {
	lieu: number;
	code_insee: string;
	/** epci (default) | tournee | declaree */
	origine: string;
}

/** `rejets`: a rejected row or a warning of the build. */
export interface RejetRow {
	source: string;
	fichier: string;
	ligne: number;
	champ: string;
	niveau: string;
	message: string;
}

/** `imports`: one planner import (`npm run import` or the planner pages). */
export interface ImportRow {
	id: number;
	/** ISO instant. */
	date: string;
	fichier: string;
	/** a file type (column-mapping.ts IMPORT_TYPES), or correction | verification (one place) */
	type: string;
	lignes_lues: number;
	importees: number;
	mises_a_jour: number;
	rejetees: number;
	avertissements: number;
	/** ISO instant of the undo, null while the import stands. */
	annule_le: string | null;
}

/** `import_changes`: a row an import inserted, updated or deleted, before and after (JSON). */
export interface ImportChangeRow {
	id: number;
	import_id: number;
	table_name: string;
	/** JSON object of the key columns. */
	row_key: string;
	action: 'insert' | 'update' | 'delete';
	avant: string | null;
	apres: string | null;
}

// The accounts database (data/comptes.sqlite), never rebuilt.

/** `comptes`: a planner account. */
export interface CompteRow {
	id: number;
	email: string;
	nom: string;
	/** scrypt$N$r$p$salt$key (base64). */
	hash: string;
	cree_le: string;
}

/** `sessions`: a signed-in session, by the hash of its cookie. */
export interface SessionRow {
	token_hash: string;
	compte: number;
	expire_le: string;
}

/** `signalements`: a resident's report on a help point (migration 003). */
export interface ReportRow {
	id: number;
	lieu: number;
	date: string;
	motif: ReportReason;
	valeur: string | null;
	message: string | null;
	contact: string | null;
	statut: 'ouvert' | 'accepte' | 'ecarte';
	traite_le: string | null;
	raison: string | null;
	import_id: number | null;
}

/** `scenarios`: a scenario saved by a planner (migration 008); figures are never stored. */
export interface ScenarioRow {
	id: number;
	nom: string;
	territoire: string;
	/** JSON of the evaluation body without the territory: retirer, ajouter, seuil_km, types. */
	contenu: string;
	auteur: string;
	/** Id of the planner account that saved it (migration 009); null when saved before. */
	compte: number | null;
	/** The random token of its read-only link (migration 010). */
	jeton: string;
	cree_le: string;
	modifie_le: string;
}
