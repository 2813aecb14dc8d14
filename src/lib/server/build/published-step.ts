import { parseIfn } from '../../import/ifn';
import { IFN_INDICATORS } from '../../catalog/indicators';
import { sourceInfo } from '../../import/sources';
import type { Cog } from '../../import/cog';
import type { ImportIssue } from '../../import/types';
import type { IndicateurPublieRow } from '../../types/rows';
import { readSourceText } from './read-source';

/**
 * The IFN La MedNum publishes per EPCI (total and sub-scores), for the EPCIs of the build. The
 * pages show it instead of Maillage's weighted mean, which stays the comparison average.
 */
export function publishedStep(
	cog: Cog,
	roots?: string[]
): { rows: IndicateurPublieRow[]; issues: { source: string; issues: ImportIssue[] } } {
	const info = sourceInfo('ifn-epci-2023');
	const f = readSourceText(info.path, roots);
	const parsed = parseIfn(f.text, f.file);
	const wanted = new Set(cog.epcis.map((e) => e.code));
	const rows: IndicateurPublieRow[] = [];
	for (const r of parsed.records) {
		if (!wanted.has(r.code)) continue;
		for (const [indicateur, field] of IFN_INDICATORS) {
			const valeur = r[field];
			if (valeur != null)
				rows.push({
					niveau: 'epci',
					code: r.code,
					indicateur,
					valeur,
					source: info.key,
					millesime: '2023'
				});
		}
	}
	return { rows, issues: { source: info.key, issues: parsed.issues } };
}
