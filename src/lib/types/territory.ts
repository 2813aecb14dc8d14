/**
 * The summary of a built département, as the planner view receives it. Its shape is the
 * database query's (`server/db/territoires`); components import it from here.
 */
export type { EpciSummary, TerritorySummary } from '../server/db/territoires';

/** The levels a territory code names: `FR`, `R93`, `04`, an EPCI SIREN, a commune INSEE code. */
export type TerritoryLevel = 'france' | 'region' | 'departement' | 'epci' | 'commune';

/** A territory named in a breadcrumb or a list of parts. */
export interface TerritoryRef {
	code: string;
	nom: string;
	niveau: TerritoryLevel;
}
