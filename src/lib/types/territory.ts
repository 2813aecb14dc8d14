/**
 * The summary of a built département, as the planner view receives it. Its shape is the
 * database query's (`server/db/territoires`); components import it from here.
 */
export type { EpciSummary, TerritorySummary } from '../server/db/territoires';
