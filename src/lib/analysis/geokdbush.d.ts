// geokdbush 2 ships no types; this declares the one function the coverage analysis uses.
declare module 'geokdbush' {
	import type KDBush from 'kdbush';
	/** Ids of the indexed points nearest to (lng, lat), closest first; maxDistance in km. */
	export function around(
		index: KDBush,
		lng: number,
		lat: number,
		maxResults?: number,
		maxDistance?: number,
		predicate?: (id: number) => boolean
	): number[];
	/** Great-circle distance in km. */
	export function distance(lng1: number, lat1: number, lng2: number, lat2: number): number;
}
