/**
 * Numbers, dates and counts written the French way. The names of kinds and indicators are in
 * the catalogue (src/lib/catalog).
 */

// one formatter per number of digits: `toLocaleString` builds one at every call (a dossier
// formats some 20,000 numbers)
const numberFormats = new Map<number, Intl.NumberFormat>();

/** Format a number the French way (comma decimal, narrow space thousands). */
export function formatNumber(n: number | null | undefined, digits = 0): string {
	if (n == null || Number.isNaN(n)) return 'pas de donnée';
	let f = numberFormats.get(digits);
	if (!f)
		numberFormats.set(
			digits,
			(f = new Intl.NumberFormat('fr-FR', {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}))
		);
	return f.format(n);
}

const decimal = new Intl.NumberFormat('fr-FR');

/**
 * A number with the decimals it has (up to 3), the French way: « 10 », « 12,5 », « 75 323 ».
 * For values given by people or computed to a set precision, where `formatNumber`'s fixed digits
 * would round (12,5 km) or pad (30,0 km).
 */
export function formatDecimal(n: number): string {
	return decimal.format(n);
}

/** The day of `now` in Paris, as an ISO date (what a French reader calls today). */
export function parisDay(now: Date): string {
	return now.toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
}

/** Format an ISO date as "17 mai 2023". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return 'date inconnue';
	const d = new Date(iso + (iso.length === 10 ? 'T12:00:00Z' : ''));
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('fr-FR', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Paris'
	});
}

/**
 * The noun for a count, the French way: singular for 0 and 1 ("1 zone blanche"), plural from 2
 * ("2 zones blanches"). `many` defaults to `one` + "s"; the count itself is formatted by the caller.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
	return Math.abs(n) < 2 ? one : many;
}
