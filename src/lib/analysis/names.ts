/**
 * How Maillage compares names: one folding of text (case, accents, ligatures, punctuation) and,
 * on top of it, one normalisation of commune names. The commune search, the placement of
 * records, the importer's column mapping, the deduplication and the commune table all use these
 * two, so that a name that matches in one place matches in every other.
 */

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte' };

/**
 * Lowercase, accents removed, "œ"/"æ" spelt out, every run of other characters (spaces,
 * hyphens, apostrophes, punctuation) turned into one space, trimmed: "Réseau / Structure" gives
 * "reseau structure", "Œuilly" gives "oeuilly".
 */
export function plainText(s: string): string {
	return s
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * A commune name as compared everywhere: `plainText`, "st"/"ste" spelt "saint"/"sainte", an
 * article written after the name put back in front ("Palud-sur-Verdon (La)" is "la palud sur
 * verdon") and a trailing "Cedex …" dropped: "Saint-André-les-Alpes", "ST ANDRE LES ALPES" and
 * "St-André-les-Alpes Cedex" all give "saint andre les alpes".
 */
export function normaliseCommuneName(s: string): string {
	// The two regular expressions only run where they can match: this runs on every COG name.
	let name = /cedex/i.test(s) ? s.replace(/\s+cedex\b.*$/i, '') : s;
	name = name.trim();
	const article = name.endsWith(')') && name.match(/^(.*?)\s*\((l'|l’|le|la|les)\)$/i);
	if (article) name = `${article[2]} ${article[1]}`;
	return plainText(name).replace(/\bste?\b/g, (w) => ABBREVIATIONS[w]);
}
