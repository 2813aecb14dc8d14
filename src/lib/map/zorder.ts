/** Every map layer id, bottom to top. A layer is added before the next existing id above it. */
export const LAYER_ORDER = [
	'background',
	'communes-fill',
	'communes-line',
	'zones-blanches-fill',
	'zones-blanches-line',
	'service-areas',
	'communes-selected',
	'epci-outline',
	'departement-outline',
	'tour-stops',
	'help-points',
	// names above the markers: MapLibre places the top layer first, so a marker never hides a
	// town's name (markers always show, icon-allow-overlap)
	'commune-labels'
] as const;
export type LayerId = (typeof LAYER_ORDER)[number];

/** The id of the first layer above `id` already on the map, for `map.addLayer(layer, beforeId)`. */
export function beforeId(id: LayerId, present: (id: string) => boolean): string | undefined {
	const i = LAYER_ORDER.indexOf(id);
	for (let j = i + 1; j < LAYER_ORDER.length; j++)
		if (present(LAYER_ORDER[j])) return LAYER_ORDER[j];
	return undefined;
}
