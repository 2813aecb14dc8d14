/**
 * What a help-point cluster carries in a tile: its count, written for the map, and the zoom at
 * which it breaks apart (a click zooms there). A lone point keeps its own fields. Pure.
 */

/** The count as the map writes it: « 7 », « 254 », « 3 012 » (plain spaces: glyphs 0–255). */
export function clusterLabel(count: number): string {
	return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * The tile properties of a Supercluster feature: a cluster (`cluster: true`, `cluster_id`,
 * `point_count`) becomes `{ cluster: 1, count, label, expansion_zoom }`; a lone help point is
 * returned as it is.
 */
export function clusterProperties(
	tags: Record<string, unknown>,
	expansionZoom: (clusterId: number) => number
): Record<string, unknown> {
	if (!tags.cluster) return tags;
	const count = Number(tags.point_count);
	return {
		cluster: 1,
		count,
		label: clusterLabel(count),
		expansion_zoom: expansionZoom(Number(tags.cluster_id))
	};
}
