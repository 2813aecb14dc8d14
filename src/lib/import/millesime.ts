/**
 * Indicator values of a file compared with the ones the database holds: when most differ, and
 * by more than a rounding, the file is probably of another year or another method ("autre
 * millésime ?"), and must not silently replace the published values.
 */

export interface ValueComparison {
	/** Values present both in the file and in the database. */
	compared: number;
	/** Of those, values that differ by more than the tolerance. */
	differing: number;
	/** Median of |file − database| over the compared values. */
	medianAbsDiff: number;
	/** Most values differ, and the typical gap is more than a rounding. */
	systematic: boolean;
}

/** A comparison with the stored values of one source, as the import report carries it. */
export interface MillesimeCheck extends ValueComparison {
	/** Source key of the stored values compared. */
	source: string;
	/** How the warning names them. */
	label: string;
}

/** Values needed before a difference is called systematic (one odd row is not a millésime). */
export const MIN_COMPARED = 3;
/** Share of differing values that makes a difference systematic. */
export const SYSTEMATIC_SHARE = 0.5;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Compare pairs of (file, stored) values. `tolerance` is the gap a rounding can make (0.05 on
 * a 0–10 score: files rounded to one decimal still agree).
 */
export function compareValues(
	pairs: readonly { imported: number; stored: number }[],
	tolerance = 0.05
): ValueComparison {
	const gaps = pairs.map((p) => Math.abs(p.imported - p.stored));
	const differing = gaps.filter((g) => g > tolerance).length;
	const medianAbsDiff = gaps.length ? median(gaps) : 0;
	return {
		compared: gaps.length,
		differing,
		medianAbsDiff,
		systematic:
			gaps.length >= MIN_COMPARED &&
			differing >= gaps.length * SYSTEMATIC_SHARE &&
			medianAbsDiff > tolerance
	};
}

/** The warning of a systematic difference, naming the stored values' source. */
export function millesimeWarning(c: ValueComparison, sourceLabel: string): string {
	const gap = c.medianAbsDiff.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
	return (
		`Ces valeurs diffèrent systématiquement des valeurs enregistrées (${sourceLabel}) : ` +
		`autre millésime ou autre méthode ? ${c.differing} valeur(s) sur ${c.compared} diffèrent, ` +
		`écart médian ${gap}.`
	);
}
