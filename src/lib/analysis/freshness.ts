/**
 * How fresh a record is: a help point or a value last updated more than 12 months before a
 * given day is stale, and the UI flags it ("mis à jour il y a plus d’un an").
 */

/** Months after which a record is stale. */
export const STALE_AFTER_MONTHS = 12;

/** Freshness of one record at a given day. */
export interface Freshness {
	/** True when the record is older than `STALE_AFTER_MONTHS` months (or has no valid date). */
	stale: boolean;
	/** Whole months since the update (0 in the first month), or null without a valid date. */
	months: number | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function parts(iso: string): [number, number, number] | null {
	const m = iso.match(ISO_DAY);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : null;
}

/**
 * Freshness of a record updated on `dateMaj` (YYYY-MM-DD…), seen on `today` (YYYY-MM-DD or a
 * Date, taken in UTC). Calendar months: updated 2024-03-15 is fresh until 2025-03-15 included
 * and stale from 2025-03-16. A missing or invalid date counts as stale: nobody can vouch for it.
 */
export function freshness(dateMaj: string | null | undefined, today: string | Date): Freshness {
	const t = parts(typeof today === 'string' ? today : today.toISOString());
	const d = dateMaj ? parts(dateMaj) : null;
	if (!d || !t) return { stale: true, months: null };
	let months = (t[0] - d[0]) * 12 + (t[1] - d[1]);
	if (t[2] < d[2]) months--;
	const exact = months === STALE_AFTER_MONTHS && t[2] === d[2];
	return {
		stale: months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && !exact),
		months: Math.max(0, months)
	};
}

/** True when the record is stale at `today` (see `freshness`). */
export function isStale(dateMaj: string | null | undefined, today: string | Date): boolean {
	return freshness(dateMaj, today).stale;
}
