/**
 * How fresh a record is. One rule, used by the finder's cards, the detail page and the
 * planner's freshness view: the date of the information is always shown, and a warning is added
 * only when the information is doubtful, that is when its newest source is more than three
 * years old or has no usable date. Opening hours and phone numbers of public services change
 * over years (relabelling of France services every few years, municipal terms); a one-year
 * threshold flagged every place, since the open data itself is published yearly or less.
 */

/** Months after which a record is doubtful. */
export const STALE_AFTER_MONTHS = 36;

/** The rule in words, for the screens that show it. */
export const STALE_RULE = 'informations de plus de 3 ans, ou sans date';

/** What a doubtful record's card and page say. */
export const STALE_WARNING =
	'Information de plus de 3 ans : elle a pu changer, vérifiez-la avant de vous déplacer.';

/** Dates before this one are placeholders of the sources ("1970-01-01"), not real dates. */
const FIRST_REAL_DAY = '2000-01-01';

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
 * Date, taken in UTC). Calendar months: updated 2024-03-15 is fresh until 2027-03-15 included
 * and stale from 2027-03-16. A missing, invalid or placeholder date (before 2000) counts as
 * stale: nobody can vouch for it.
 */
export function freshness(dateMaj: string | null | undefined, today: string | Date): Freshness {
	const t = parts(typeof today === 'string' ? today : today.toISOString());
	const d = dateMaj && dateMaj.slice(0, 10) >= FIRST_REAL_DAY ? parts(dateMaj) : null;
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

/** The date a record's information is vouched for, and whether a planner's check gives it. */
export interface CheckedDate {
	date: string | null;
	/** True when the date is the day a planner checked the record. */
	verified: boolean;
}

/**
 * The date freshness is judged by: the day a planner checked the record (`verifie_le`) when it
 * is later than its newest source, else the source's date. The card, the finder, the planner's
 * freshness view and the national-schema export all use it.
 */
export function checkedDate(
	sourceDate: string | null | undefined,
	verifiedOn: string | null | undefined
): CheckedDate {
	if (verifiedOn && (!sourceDate || verifiedOn.slice(0, 10) > sourceDate.slice(0, 10)))
		return { date: verifiedOn, verified: true };
	return { date: sourceDate ?? null, verified: false };
}

/** A help point as the freshness tables count it. */
export interface FreshnessRecord {
	epci: string | null;
	epci_nom: string | null;
	date_maj: string | null;
	verifie_le: string | null;
}

/**
 * Help points per EPCI with how many are stale at `today` (judged on `checkedDate`), in the
 * order met: the planner's freshness view and the territorial dossier.
 */
export function freshnessByEpci(
	lieux: FreshnessRecord[],
	today: string | Date
): { code: string; nom: string; total: number; anciens: number }[] {
	const byEpci = new Map<string, { nom: string; total: number; anciens: number }>();
	for (const l of lieux) {
		const key = l.epci ?? '';
		const e = byEpci.get(key) ?? { nom: l.epci_nom ?? 'Commune inconnue', total: 0, anciens: 0 };
		e.total++;
		if (isStale(checkedDate(l.date_maj, l.verifie_le).date, today)) e.anciens++;
		byEpci.set(key, e);
	}
	return [...byEpci.entries()].map(([code, e]) => ({ code, ...e }));
}
