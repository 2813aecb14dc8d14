import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import { coverageViewBody } from '../coverage/coverage-view';
import { breathe } from '../coverage/territory-coverage';
import { territoryParts, findTerritory } from '../db/territory-scope';
import { territorySummaryBody } from './summary';

/**
 * Computes, after startup and off the request path, what a cold visit to the national and
 * régional pages would otherwise wait for: France's summary (the coverage of every département)
 * and dashboards, then each région's summary. The work gives the event loop back between
 * départements, so requests are served meanwhile; a request arriving first shares it.
 */
export async function warmTerritories(db: Database.Database): Promise<void> {
	const france = findTerritory(db, 'FR');
	if (!france) return;
	await territorySummaryBody(db, 'FR');
	await coverageViewBody(db, 'FR', DEFAULT_PARAMS, false);
	for (const region of territoryParts(db, france).parts) {
		await breathe();
		await territorySummaryBody(db, region.code);
	}
}
