/**
 * The indicator values of an import compared with the stored ones, before anything is written:
 * a systematic difference ("autre millésime ?") is warned about and, unless the person confirms,
 * blocks the import so that nothing silently replaces the IFN 2023.
 */
import type Database from 'better-sqlite3';
import { IFN_INDICATORS } from '../../catalog/indicators';
import { compareValues, type MillesimeCheck } from '../../import/millesime';
import type { ParsedImport } from '../../import/read-import';
import { IMPORT_ILLECTRONISME_SOURCE, sourceName } from '../../import/sources';
import { storedIndicatorValues } from '../db/import-lookups';

/** Gap a rounding can make: a tenth of a 0–10 score, half a point of a percentage. */
const TOLERANCE: Record<string, number> = { ifn: 0.05, illectronisme: 0.5 };

interface Pair {
	source: string;
	indicateur: string;
	imported: number;
	stored: number;
}

/**
 * Compare an indicator import with the database, source by source: the first source whose
 * values differ systematically, else the one with most values compared; null when the import
 * holds no indicator or nothing is stored yet.
 */
export function checkMillesime(db: Database.Database, parsed: ParsedImport): MillesimeCheck | null {
	const pairs: Pair[] = [];
	const bySource = new Map<string, Map<string, number>>();
	const add = (row: Omit<Pair, 'stored'> & { niveau: string; code: string }) => {
		const { niveau, code, indicateur, source } = row;
		if (!bySource.has(source)) bySource.set(source, storedIndicatorValues(db, source));
		const stored = bySource.get(source)?.get(`${niveau}:${code}:${indicateur}`);
		if (stored !== undefined) pairs.push({ source, indicateur, imported: row.imported, stored });
	};
	if (parsed.kind === 'ifn')
		for (const { record: r } of parsed.records) {
			const epci = r.code.length === 9;
			const source = epci ? 'ifn-epci-2023' : 'ifn-2023';
			for (const [indicateur, field] of IFN_INDICATORS) {
				const imported = r[field];
				if (imported != null)
					add({ niveau: epci ? 'epci' : 'commune', code: r.code, indicateur, source, imported });
			}
		}
	else if (parsed.kind === 'illectronisme')
		for (const { record: r } of parsed.records)
			add({
				niveau: r.niveau,
				code: r.code,
				indicateur: 'illectronisme',
				source: IMPORT_ILLECTRONISME_SOURCE,
				imported: r.taux
			});
	const checks = [...new Set(pairs.map((p) => p.source))].map((source) => {
		const mine = pairs.filter((p) => p.source === source);
		const tolerance = TOLERANCE[mine[0].indicateur] ?? TOLERANCE.ifn;
		return { ...compareValues(mine, tolerance), source, label: sourceName(source) };
	});
	checks.sort((a, b) => Number(b.systematic) - Number(a.systematic) || b.compared - a.compared);
	return checks[0] ?? null;
}
