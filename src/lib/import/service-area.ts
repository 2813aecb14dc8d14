/**
 * Where an itinerant service (a France services bus) goes when no tour is published: one rule
 * for the build and the planner's imports.
 */

/** EPCI types too large for one bus to serve all their communes (COG `epci.json` types). */
const METROPOLES = new Set(['METRO', 'MET69']);

/**
 * The communes an itinerant service based in `commune` serves until a tour says more: those of
 * its EPCI, except in a métropole (the Grand Paris has 130 communes and 7 million people: a bus
 * from Sevran does not serve Paris 11e), where it is its own commune, as without an EPCI.
 */
export function defaultServiceArea(
	commune: string,
	epci: { type: string; membres: readonly string[] } | null
): string[] {
	if (!epci || METROPOLES.has(epci.type) || epci.membres.length === 0) return [commune];
	return [...epci.membres];
}
