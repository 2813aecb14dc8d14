/**
 * How values are written for people, in one place: phone numbers, distances and the names of
 * help points as the sources spell them. Used by the resident finder, the detail page, and
 * available to the print and planner views.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** A phone number ready to show and to dial. */
export interface Phone {
	/** "04 86 62 20 20" (French national format), or the source's text when it is not a number. */
	text: string;
	/** "tel:+33486622020", or null when the text is not a valid number. */
	href: string | null;
}

/**
 * The numbering plan of the overseas départements and collectivités: "0692 29 56 91" written in
 * Réunion is +262 692…, not a metropolitan mobile; dialled from anywhere in France with its 0.
 */
const OVERSEAS_PLAN: Record<string, CountryCode> = {
	'971': 'GP',
	'972': 'MQ',
	'973': 'GF',
	'974': 'RE',
	'975': 'PM',
	'976': 'YT',
	'977': 'BL',
	'978': 'MF'
};
const FRENCH_PLANS = new Set<string>(['FR', ...Object.values(OVERSEAS_PLAN)]);

/**
 * A phone number as French people write it ("04 86 62 20 20", "0692 29 56 91") and its `tel:`
 * link. Accepts what sources store (E.164 "+33486622020", "04.86.62.20.20", "0033 4 86…"); a
 * number without its country code is read in the plan of the place's département (overseas, its
 * own). A text that is not a valid number (a short code, a typo) is shown as given, without a link.
 */
export function formatPhone(
	raw: string | null | undefined,
	departement?: string | null
): Phone | null {
	const text = (raw ?? '').trim();
	if (!text) return null;
	const p = parsePhoneNumberFromString(text, OVERSEAS_PLAN[departement ?? ''] ?? 'FR');
	if (!p || !p.isValid()) return { text, href: null };
	return {
		text: p.country && FRENCH_PLANS.has(p.country) ? p.formatNational() : p.formatInternational(),
		href: p.getURI()
	};
}

// built once: a NumberFormat costs far more to create than to use
const formats = [0, 1].map(
	(digits) =>
		new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: digits })
);
const nf = (digits: 0 | 1) => formats[digits];

/**
 * A distance in metres as people say it: "80 m" (to 10 m) under 1 km, "1 km", "1,2 km" (one
 * decimal, dropped when zero) under 10 km, "12 km" beyond. Never "1000 m" nor "1,0 km".
 */
export function formatDistance(metres: number): string {
	if (!Number.isFinite(metres) || metres < 0) return '';
	const m10 = Math.round(metres / 10) * 10;
	if (m10 < 1000) return `${m10} m`;
	const km = metres / 1000;
	if (km < 9.95) return `${nf(1).format(Math.round(km * 10) / 10)} km`;
	return `${nf(0).format(Math.round(km))} km`;
}

// Short words kept in lower case inside a name written in capitals ("MAIRIE DE MANE").
const SMALL = new Set(
	'de du des la le les l d et en sur sous au aux a pour par ou chez'.split(' ')
);

function titleWord(w: string, first: boolean): string {
	const lower = w.toLocaleLowerCase('fr');
	const cap = (x: string) =>
		x.replace(/(^|[-’'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
	if (SMALL.has(lower)) return first ? cap(lower) : lower;
	// 2–3 letters that are not a small word, or no vowel, are usually initials: "CC", "CRRF"
	if (/^\p{Lu}{2,3}$/u.test(w) || /^[^AEIOUYÀÂÉÈÊËÎÏÔÙÛ]+$/u.test(w)) return w;
	const out = cap(lower);
	// "L'EDUCATION" → "l'Education" inside a name
	return first ? out : out.replace(/^([DL])(?=[’'])/, (c) => c.toLowerCase());
}

/**
 * A help point's name as a person should read it. Sources sometimes carry internal labels
 * ("04-Accueil-ISATIS": département and desk type of an export) or whole names in capitals
 * ("ANTENNE LOCALE CROIX ROUGE DE SISTERON"): the prefix is removed and capitals become title
 * case; initials in parentheses and single-word acronyms ("CCAPV") are kept. Other names are
 * returned as they are.
 */
export function displayName(raw: string): string {
	let name = raw.trim().replace(/\s+/g, ' ');
	const m = /^\d{2,3}[A-B]?\s*-\s*accueil\s*-\s*(.+)$/iu.exec(name);
	if (m) name = m[1].trim();
	const letters = name.replace(/\([^)]*\)/g, '').replace(/[^\p{L}]/gu, '');
	const shouting = letters.length > 3 && letters === letters.toLocaleUpperCase('fr');
	if (!shouting || !name.includes(' ')) return name;
	let first = true;
	return name
		.split(' ')
		.map((w) => {
			if (/^\(.*\)$/.test(w)) return w;
			// "D ORAISON", "L EAU": an apostrophe lost in the source
			const out = titleWord(w, first);
			first = false;
			return out;
		})
		.join(' ')
		.replace(/(^| )([dl]) (?=\p{L})/gu, '$1$2’');
}

/** The number of a municipal arrondissement from its COG name: "Paris 11e Arrondissement" → "11e". */
export function arrondissementNumber(nom: string): string {
	return /(\d+(?:er|e)) Arrondissement$/.exec(nom)?.[1] ?? nom;
}

/**
 * "de" before a place name as French writes it: « de Lille », « d’Ajaccio », « du Mans »,
 * « des Mées » (a leading h is left alone: it is often aspirated).
 */
export function deName(name: string): string {
	if (/^Le /.test(name)) return `du ${name.slice(3)}`;
	if (/^Les /.test(name)) return `des ${name.slice(4)}`;
	return /^[AEIOUYÀÂÉÈÊËÎÏÔÛÜ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
