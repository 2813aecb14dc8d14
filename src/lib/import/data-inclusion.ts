/** data·inclusion 2023 lieux de médiation numérique (older vocabulary, `;`-separated lists). */
import { parseLieux } from './mediation-v1';
import type { HelpPointRecord, ParseResult } from './types';

/**
 * The parsed JSON array of the data·inclusion 2023 export → 'mediation' help points, services
 * and publics mapped onto the schema v1 enums (see services-vocabulary.ts).
 */
export function parseDataInclusion(
	rows: Record<string, unknown>[],
	file: string,
	sourceKey = 'data-inclusion-2023'
): ParseResult<HelpPointRecord> {
	return parseLieux(rows, file, sourceKey, { kind: 'mediation', separator: ';' });
}
