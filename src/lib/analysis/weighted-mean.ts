/** Population-weighted means of territorial indicators (IFN, illectronisme…). */

export interface Weighted {
	value: number | null;
	weight: number;
}

/**
 * Σ value·weight / Σ weight over the items that have a value. Items with a null (or non-finite)
 * value are ignored, and so is their weight: the mean describes the population we know about,
 * not one where unknown places count as 0. Null when no item has a value and a positive weight.
 */
export function weightedMean(items: Weighted[]): number | null {
	let sum = 0;
	let weights = 0;
	for (const { value, weight } of items) {
		if (value === null || !Number.isFinite(value) || !(weight > 0)) continue;
		sum += value * weight;
		weights += weight;
	}
	return weights > 0 ? sum / weights : null;
}

export interface GroupMean {
	/** Weighted mean of the values present (see weightedMean), or null. */
	mean: number | null;
	/** Total weight of the items with a value. */
	weight: number;
	/** Items with a value. */
	count: number;
	/** Items of the group without a value (shown as coverage next to the mean). */
	missing: number;
}

/**
 * Weighted mean per group, e.g. IFN by département or EPCI weighted by population. `groupOf`
 * may return several groups (or none) for an item.
 */
export function aggregateByGroup<T>(
	items: T[],
	groupOf: (item: T) => string | string[] | null,
	valueOf: (item: T) => number | null,
	weightOf: (item: T) => number | null
): Map<string, GroupMean> {
	const acc = new Map<string, { sum: number; weight: number; count: number; missing: number }>();
	for (const item of items) {
		const g = groupOf(item);
		const groups = g === null ? [] : Array.isArray(g) ? g : [g];
		const value = valueOf(item);
		const weight = weightOf(item) ?? 0;
		const known = value !== null && Number.isFinite(value) && weight > 0;
		for (const key of groups) {
			let a = acc.get(key);
			if (!a) acc.set(key, (a = { sum: 0, weight: 0, count: 0, missing: 0 }));
			if (known) {
				a.sum += value * weight;
				a.weight += weight;
				a.count++;
			} else a.missing++;
		}
	}
	const out = new Map<string, GroupMean>();
	for (const [key, a] of acc) {
		const mean = a.weight > 0 ? a.sum / a.weight : null;
		out.set(key, { mean, weight: a.weight, count: a.count, missing: a.missing });
	}
	return out;
}
