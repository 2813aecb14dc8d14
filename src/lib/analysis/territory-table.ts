/**
 * The table of a territory's parts: which average it marks, and the rows sorted with that
 * average among them, so a planner sees at once which parts lie above it.
 */
import type { Reference } from '../catalog/references';
import type { TerritoryIndicators, TerritoryLevel, TerritoryRef } from '../types/territory';

type Compared = TerritoryRef & TerritoryIndicators;

const RANK: Record<TerritoryLevel, number> = {
	commune: 0,
	epci: 1,
	departement: 2,
	region: 3,
	france: 4
};

/**
 * The average the parts table marks for a reference choice: that of the level chosen when it
 * is the territory's own or one above it (a département's page, « moyenne de la région »: its
 * région); otherwise (a level below, or the EPCI of each commune) the territory's own average,
 * the natural yardstick of its parts. A straddling EPCI is compared with its main département.
 */
export function markedAverage(
	territory: Compared,
	comparisons: readonly Compared[],
	reference: Reference
): Compared {
	const level: TerritoryLevel = reference;
	if (RANK[level] <= RANK[territory.niveau]) return territory;
	return comparisons.find((c) => c.niveau === level) ?? territory;
}

/** A row of the parts table: a part, or the marked average. */
export type TableRow<T> = { part: T; average: false } | { part: Compared; average: true };

/**
 * The parts sorted on `value` (nulls last, whatever the direction), with the marked average
 * inserted where its value falls; when sorting on something the average has no value for, it
 * comes last.
 */
export function sortWithAverage<T>(
	parts: readonly T[],
	value: (row: T | Compared) => number | string | null,
	ascending: boolean,
	average: Compared
): TableRow<T>[] {
	const dir = ascending ? 1 : -1;
	const compare = (x: number | string | null, y: number | string | null) => {
		if (x === null) return y === null ? 0 : 1;
		if (y === null) return -1;
		return (
			(typeof x === 'number' && typeof y === 'number'
				? x - y
				: String(x).localeCompare(String(y), 'fr')) * dir
		);
	};
	const rows: TableRow<T>[] = [...parts]
		.sort((a, b) => compare(value(a), value(b)))
		.map((part) => ({ part, average: false }));
	const v = value(average);
	if (v === null || typeof v === 'string') return [...rows, { part: average, average: true }];
	const at = rows.findIndex((r) => compare(v, value(r.part)) < 0);
	const mark: TableRow<T> = { part: average, average: true };
	return at < 0 ? [...rows, mark] : [...rows.slice(0, at), mark, ...rows.slice(at)];
}
