/**
 * Where a record is placed: the one rule the build and the importer use for every help point.
 *
 * A record claims its commune four ways, each possibly missing or wrong: an INSEE code, a
 * commune name, a postcode and a position. Each piece of evidence names the communes it fits:
 * - the code, its current commune (a former, delegated or associated code leads to today's);
 * - the name, the communes of that name (or with a delegated commune of that name), compared
 *   with `normaliseCommuneName`; failing any, a commune named by the other evidence whose name
 *   starts with it or that it starts with ("Morcenx" for Morcenx-la-Nouvelle);
 * - the postcode, the communes the postcode table gives it (Corsica's 20xxx go to 2A or 2B);
 * - a position the source geocoded (not one it marks as the commune's point), the commune whose
 *   contour contains it, or, for a commune without a contour, whose point is within 3 km.
 * The commune named by the most pieces wins: the evidence that agrees wins, not the code alone.
 * Ties go to the code's commune, then to the candidate named by the more precise evidence (a
 * postcode shared by three of the communes the other evidence names counts a third for each),
 * then to the name, the postcode and the position, in that order. When candidates remain tied, the record has no commune.
 *
 * Every piece that named another commune is said in a warning naming its field; the code and
 * the name are corrected (the COG's name replaces a name that is not the commune's, even one
 * that only starts it), the postcode is kept. A position more than 30 km from the chosen
 * commune's point is a geocoding error: the commune's point replaces it, marked approximate, as
 * for a record without position.
 */
import { haversineKm } from '../analysis/geo';
import { normaliseCommuneName } from '../analysis/names';
import {
	claimedDepartements,
	type CommuneReference,
	type ReferenceCommune
} from './commune-reference';

/** What a record says about where it is. */
export interface PlacementInput {
	codeInsee: string | null;
	commune: string | null;
	codePostal: string | null;
	lat: number | null;
	lon: number | null;
	/** The position is the commune's point given by the source, not the place's own. */
	approximate: boolean;
}

/** The record's fields the rule reads, named as in the national schema. */
export type PlacementField = 'code_insee' | 'commune' | 'code_postal' | 'latitude';

export interface Placement {
	/** The current commune the record is in, or null when the evidence does not say. */
	code: string | null;
	/** The commune's département; without a commune, those its evidence points to. */
	departements: string[];
	/** The commune name to keep: the record's when it names the commune, else the COG's. */
	commune: string | null;
	/** Where to draw the record (null when neither it nor its commune has a known point). */
	position: { lat: number; lon: number; approximate: boolean } | null;
	/** The values the rule changed. */
	corrected: { field: PlacementField; from: string; to: string }[];
	/** What contradicted the choice, in French, by field. */
	warnings: { field: PlacementField; message: string }[];
	/**
	 * 'high': two pieces or more, none against; 'medium': a majority against a contradiction,
	 * or a single piece; 'low': decided by a tie-break; 'none': no commune.
	 */
	confidence: 'high' | 'medium' | 'low' | 'none';
}

/** Beyond this distance from its commune's point, a position is a geocoding error. */
export const MAX_POSITION_KM = 30;
/** A position names a commune without contour when within this distance of its point. */
export const NEAR_POINT_KM = 3;

/** A name shorter than this never matches another by its first words ("Le", "Saint"). */
const MIN_PREFIX = 5;

const WORDS: Record<PlacementField, string> = {
	code_insee: 'le code INSEE',
	commune: 'le nom',
	code_postal: 'le code postal',
	latitude: 'la position'
};
// Tie-break order after the code and the precision of the evidence.
const PRIORITY: PlacementField[] = ['commune', 'code_postal', 'latitude'];

interface Tally {
	code: string;
	fields: PlacementField[];
	weight: number;
}

const FIELDS = Object.keys(WORDS) as PlacementField[];
/** "le nom, le code postal et la position", in the order of `WORDS`. */
const said = (fields: PlacementField[]) =>
	list(FIELDS.filter((f) => fields.includes(f)).map((f) => WORDS[f]));
const list = (words: string[]) =>
	words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
const coords = (lat: number, lon: number) => `${lat}, ${lon}`;

/** A position the rule can read: finite, on Earth and geocoded by the source. */
function evidencePosition(r: PlacementInput): { lat: number; lon: number } | null {
	const { lat, lon } = r;
	if (lat == null || lon == null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
	return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/**
 * The communes a name designates: those of that name; failing any, the communes the other
 * evidence names whose name starts with it or that it starts with, word for word ("Morcenx"
 * for Morcenx-la-Nouvelle, "Saint-Christol d'Albion" for Saint-Christol).
 */
function nameCandidates(
	name: string,
	others: { codes: string[] }[],
	ref: CommuneReference
): string[] {
	const exact = ref.named(name);
	if (exact.length) return exact;
	const given = normaliseCommuneName(name);
	const prefix = (a: string, b: string) =>
		a.length >= MIN_PREFIX && (b === a || b.startsWith(`${a} `));
	return [...new Set(others.flatMap((p) => p.codes))].filter((code) => {
		const nom = normaliseCommuneName(ref.current(code)?.nom ?? '');
		return prefix(given, nom) || prefix(nom, given);
	});
}

/** Place one record against the reference (see the module comment for the rule). */
export function placeRecord(r: PlacementInput, ref: CommuneReference): Placement {
	const pieces: { field: PlacementField; codes: string[] }[] = [];
	const warnings: Placement['warnings'] = [];
	const claimed = r.codeInsee ? ref.current(r.codeInsee) : null;
	if (r.codeInsee && !claimed)
		warnings.push({
			field: 'code_insee',
			message: `Code INSEE « ${r.codeInsee} » : commune inconnue du COG.`
		});
	if (claimed) pieces.push({ field: 'code_insee', codes: [claimed.code] });
	if (r.codePostal) pieces.push({ field: 'code_postal', codes: ref.withPostcode(r.codePostal) });
	const at = evidencePosition(r);
	if (at && !r.approximate)
		pieces.push({ field: 'latitude', codes: ref.at(at.lat, at.lon, NEAR_POINT_KM) });
	const named = r.commune ? nameCandidates(r.commune, pieces, ref) : [];
	if (r.commune) pieces.push({ field: 'commune', codes: named });

	const tallies = new Map<string, Tally>();
	for (const piece of pieces) {
		// How precise a piece is: among the communes the other pieces name, if it names some (a
		// name shared by ten communes of France names one here), else among all it names.
		const others = new Set(pieces.flatMap((p) => (p === piece ? [] : p.codes)));
		const local = piece.codes.filter((c) => others.has(c)).length || piece.codes.length;
		for (const code of piece.codes) {
			const t = tallies.get(code) ?? { code, fields: [], weight: 0 };
			t.fields.push(piece.field);
			t.weight += 1 / local;
			tallies.set(code, t);
		}
	}
	const rank = (t: Tally) =>
		PRIORITY.reduce((s, f, i) => s + (t.fields.includes(f) ? 2 ** (PRIORITY.length - i) : 0), 0);
	const order = (a: Tally, b: Tally) =>
		b.fields.length - a.fields.length ||
		Number(b.code === claimed?.code) - Number(a.code === claimed?.code) ||
		(Math.abs(b.weight - a.weight) > 1e-9 ? b.weight - a.weight : 0) ||
		rank(b) - rank(a);
	const ranked = [...tallies.values()].sort(order);
	const tied = ranked.filter((t) => order(t, ranked[0]) === 0);
	const win = tied.length === 1 ? ref.current(tied[0].code) : null;

	if (!win) return unplaced(r, ref, tied, warnings);
	const winner = tied[0];
	const against = pieces.filter((p) => p.codes.length > 0 && !p.codes.includes(win.code));
	const corrected: Placement['corrected'] = [];
	const where = `${win.nom} (${win.code})`;
	const agreed = said(winner.fields);
	if (r.codeInsee && claimed?.code !== win.code) {
		corrected.push({ field: 'code_insee', from: r.codeInsee, to: win.code });
		if (claimed)
			warnings.push({
				field: 'code_insee',
				message: `Code INSEE ${r.codeInsee} (${claimed.nom}) contredit par ${agreed} : lieu placé à ${where}.`
			});
	}
	// Only a name of the commune (or of one of its delegated communes) is kept as written; one
	// that only starts it ("Digne") placed the record but gives way to the COG's name.
	let commune = r.commune;
	if (r.commune && !ref.named(r.commune).includes(win.code)) {
		commune = win.nom;
		corrected.push({ field: 'commune', from: r.commune, to: win.nom });
		warnings.push({
			field: 'commune',
			message: `La commune « ${r.commune} » ne correspond pas à ${where}, désignée par ${agreed} : nom du COG retenu.`
		});
	}
	if (against.some((p) => p.field === 'code_postal'))
		warnings.push({
			field: 'code_postal',
			message: `Le code postal ${r.codePostal} n’est pas celui de ${where} (${win.codesPostaux.join(', ') || 'aucun'}) : gardé tel quel.`
		});
	const position = placedPosition(r, at, win, ref, corrected, warnings);
	const elsewhere = against.find((p) => p.field === 'latitude');
	if (elsewhere && position && !position.approximate) {
		const there = elsewhere.codes.map((c) => `${ref.current(c)?.nom} (${c})`).join(', ');
		warnings.push({
			field: 'latitude',
			message: `La position est à ${there}, pas à ${where} : gardée, à moins de ${MAX_POSITION_KM} km.`
		});
	}
	const confidence =
		ranked.length > 1 && ranked[1].fields.length === winner.fields.length
			? 'low'
			: winner.fields.length >= 2 && against.length === 0
				? 'high'
				: 'medium';
	return {
		code: win.code,
		departements: [win.departement],
		commune,
		position,
		corrected,
		warnings,
		confidence
	};
}

/** The record's position when it fits its commune, else the commune's point (approximate). */
function placedPosition(
	r: PlacementInput,
	at: { lat: number; lon: number } | null,
	win: ReferenceCommune,
	ref: CommuneReference,
	corrected: Placement['corrected'],
	warnings: Placement['warnings']
): Placement['position'] {
	const point = ref.point(win.code);
	if (!point && !at)
		warnings.push({
			field: 'latitude',
			message: 'Aucune position pour ce lieu ni pour sa commune.'
		});
	if (!point) return at ? { ...at, approximate: r.approximate } : null;
	const commune = { lat: point.lat, lon: point.lon, approximate: true };
	if (!at) return commune;
	if (r.approximate) return commune;
	if (haversineKm(at.lat, at.lon, point.lat, point.lon) <= MAX_POSITION_KM)
		return { ...at, approximate: false };
	corrected.push({
		field: 'latitude',
		from: coords(at.lat, at.lon),
		to: coords(point.lat, point.lon)
	});
	warnings.push({
		field: 'latitude',
		message: `Position à plus de ${MAX_POSITION_KM} km de ${win.nom} : point de la commune utilisé.`
	});
	return commune;
}

/** No single commune: the départements the evidence points to, and why in French. */
function unplaced(
	r: PlacementInput,
	ref: CommuneReference,
	tied: Tally[],
	warnings: Placement['warnings']
): Placement {
	const candidates = tied.map((t) => ref.current(t.code)).filter((c) => c !== null);
	const departements = candidates.length
		? [...new Set(candidates.map((c) => c.departement))]
		: claimedDepartements(r);
	const names = candidates.map((c) => `${c.nom} (${c.code})`);
	warnings.push(
		candidates.length
			? {
					field: tied[0].fields[0],
					message: `Commune incertaine : ${said(tied[0].fields)} désigne${tied[0].fields.length > 1 ? 'nt' : ''} ${names.length} communes (${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}) et rien ne permet de choisir.`
				}
			: {
					field: r.codeInsee ? 'code_insee' : 'code_postal',
					message:
						'Commune introuvable : ni le code INSEE, ni le nom, ni le code postal, ni la position ne désignent une commune connue.'
				}
	);
	const at = evidencePosition(r);
	return {
		code: null,
		departements,
		commune: r.commune,
		position: at ? { ...at, approximate: r.approximate } : null,
		corrected: [],
		warnings,
		confidence: 'none'
	};
}
