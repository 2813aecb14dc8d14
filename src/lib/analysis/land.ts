/**
 * Which land a place is on, for the help near a resident: help across the sea is no help. Each
 * overseas département or collectivité (971 Guadeloupe … 976 Mayotte, 975, 977, 978) is its own
 * land, Corsica (2A, 2B) one, and metropolitan France one. The nearest help to Mamoudzou is in
 * Mayotte even when a place in Réunion would come next in a list by distance.
 */
export function landOf(departement: string): string {
	if (departement.startsWith('97')) return departement;
	if (departement === '2A' || departement === '2B') return 'corse';
	return 'metropole';
}
