/** Permanences of the conseillers numériques France Services, 2022 export (older vocabulary). */
import { parseLieux } from './mediation-v1';
import type { HelpPointRecord, ParseResult } from './types';

/**
 * The parsed JSON array of the CnFS permanences 2022 → 'conseiller-numerique' help points.
 * The programme is free for the public, so frais default to Gratuit when a row says nothing.
 */
export function parseCnfs(
	rows: Record<string, unknown>[],
	file: string,
	sourceKey = 'cnfs-2022'
): ParseResult<HelpPointRecord> {
	return parseLieux(rows, file, sourceKey, {
		kind: 'conseiller-numerique',
		separator: ';',
		defaultFrais: ['Gratuit']
	});
}
