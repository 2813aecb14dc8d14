/**
 * Territories at every level, as the API (`/api/territoires/{code}`) and the pages receive them:
 * the same figures for France, a région, a département, an EPCI and a commune, for each of its
 * parts, and the averages of the levels above it.
 */
import type { ShownValue } from '../analysis/published-value';
import type { RateOrigin } from '../analysis/references';
import type { IfnSubIndicator } from '../catalog/indicators';
import type { FeatureCollection } from 'geojson';
import type { EpciRow, SourceRow } from './rows';

/** The levels a territory code names: `FR`, `R93`, `04`, an EPCI SIREN, a commune INSEE code. */
export type TerritoryLevel = 'france' | 'region' | 'departement' | 'epci' | 'commune';

/** A territory named in a breadcrumb or a list of parts. */
export interface TerritoryRef {
	code: string;
	nom: string;
	niveau: TerritoryLevel;
}

/** The indicator values of a territory: what it is compared on. */
export interface TerritoryIndicators {
	/** The population-weighted mean of its communes' IFN (a commune: its own score). */
	ifn_moyen: number | null;
	/** The IFN the pages show: La MedNum's published value, else `ifn_moyen`, with both. */
	ifn: ShownValue;
	/** The IFN's sub-scores, shown like the IFN: published where there is one, else the mean. */
	sous_indices: Record<IfnSubIndicator, number | null>;
	/** Illectronisme rate (%), by the rule of `illectronismeReferences`; null = pas de donnée. */
	illectronisme: number | null;
	/** 'source': a rate the source gives; 'moyenne': the mean of its communes' rates. */
	illectronisme_origine: RateOrigin | null;
}

/** The figures of a territory, the same at every level and for each of its parts. */
export interface TerritoryFigures extends TerritoryRef, TerritoryIndicators {
	/** Built communes (a straddling EPCI: on both sides of the border). */
	communes: number;
	population: number;
	/** Help points by kind. */
	lieux: Record<string, number>;
	/** Of which itinerant (buses, itinerant services), by kind. */
	lieux_itinerants: Record<string, number>;
	/**
	 * Zones blanches with the default analysis (IFN, département average, 10 km by road, every
	 * kind of help): communes and their population.
	 */
	zones_blanches: { communes: number; population: number };
	/** Built départements holding its communes, the one with most communes first. */
	departements: string[];
}

/** An EPCI of a département as its former summary gave it (kept for the API's clients). */
export interface EpciSummary extends Pick<EpciRow, 'code' | 'nom' | 'population'> {
	/** The population-weighted mean over all the EPCI's communes (the comparison average). */
	ifn_moyen: number | null;
	/** The IFN the pages show: La MedNum's published value, else `ifn_moyen`, with both. */
	ifn: ShownValue;
	illectronisme: number | null;
	illectronisme_source: string | null;
}

/** A territory, its parts and the averages it is compared with. */
export interface TerritorySummary extends TerritoryFigures {
	/** The levels above it, from France down to its parent. */
	fil: TerritoryRef[];
	/** The level of its parts: régions of France, départements, EPCI, communes of an EPCI. */
	niveau_parties: TerritoryLevel | null;
	/** Its parts with their figures, in name order (an EPCI whole, even across a border). */
	parties: TerritoryFigures[];
	/** The averages of the levels above it: its EPCI, département(s), région(s), France. */
	comparaisons: (TerritoryRef & TerritoryIndicators)[];
	/** A département's EPCI in the former shape (département only). */
	epci?: EpciSummary[];
	sources: Pick<SourceRow, 'key' | 'titre' | 'producteur' | 'licence' | 'date'>[];
}

/** What the map of a département or an EPCI draws (`/api/territoires/{code}/carte`). */
export interface TerritoryMapData {
	bbox: [number, number, number, number];
	communes: FeatureCollection;
	contours: FeatureCollection;
	lieux: FeatureCollection;
	arrets: FeatureCollection;
}
