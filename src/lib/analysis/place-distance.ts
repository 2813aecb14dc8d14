/**
 * How far a help point is, in words, for the resident finder's list. One rule:
 * - searching a commune (not an address or "Me localiser"), a place in that commune reads as
 *   being there, "À Castellane": the distance from the commune's reference point says nothing to
 *   a resident who may live anywhere in it (from 2 km, a hamlet: "à 4,6 km du centre");
 * - a place whose position is only its commune's point (no geocoded address) says so, and its
 *   distance is "environ";
 * - otherwise "À 1,2 km" from the searched point, with the travel estimate.
 */
import { formatDistance } from '../format';

/** Beyond this, a place of the searched commune is in a hamlet and the distance is worth saying. */
const FAR_IN_COMMUNE_M = 2000;

export interface DistanceInput {
	distanceM: number;
	/** The place's position is its commune's point, not its address. */
	approximate: boolean;
	/** The place's commune, INSEE code and name. */
	code: string | null;
	commune: string | null;
	/** The searched commune when the search was a commune (null for an address or a position). */
	searchedCommune: string | null;
	/** "≈ 3 min en voiture". */
	travel: string;
}

/** The distance line of a result: `main` in bold, `detail` after it (or null). */
export function describeDistance(d: DistanceInput): { main: string; detail: string | null } {
	const here = !!d.searchedCommune && d.code === d.searchedCommune;
	const where = d.commune ?? 'la commune';
	if (here)
		return {
			main: `À ${where}`,
			detail: d.approximate
				? 'dans la commune, adresse non placée sur la carte'
				: d.distanceM >= FAR_IN_COMMUNE_M
					? `à ${formatDistance(d.distanceM)} du centre`
					: null
		};
	if (d.approximate)
		return {
			main: `À environ ${formatDistance(d.distanceM)}`,
			detail: `position approximative (centre de ${where}) · ${d.travel}`
		};
	return { main: `À ${formatDistance(d.distanceM)}`, detail: d.travel };
}

/**
 * The order of a commune search's list: places known only by the searched commune (drawn at its
 * point, so 0 m from it) come right after the last place of that commune whose address is
 * placed, not before them all: in a city they would fill the list (17 of Lille's places are
 * Aidants Connect structures without a placed address). `placed` is nearest first.
 */
export function unplacedAfterPlaced<T>(
	placed: readonly T[],
	unplaced: readonly T[],
	inSearchedCommune: (x: T) => boolean
): T[] {
	const last = placed.findLastIndex(inSearchedCommune);
	return [...placed.slice(0, last + 1), ...unplaced, ...placed.slice(last + 1)];
}
