/**
 * Every map layer id, bottom to top, for every map (planner, finder): a map adds the layers it
 * needs and each goes to its place here, whatever the order of adding. A layer is added before
 * the next existing id above it.
 */
export const LAYER_ORDER = [
	'background',
	// national map: the fill of each level (one shows at a time, by zoom)
	'fill-departements',
	'fill-epci',
	'fill-communes',
	'communes-fill',
	'communes-line',
	// scenario editor: communes coloured by what the scenario does to them
	'scenario-fill',
	'scenario-line',
	// finder: plain communes for orientation (white, grey borders)
	'communes',
	'limites',
	'zones-blanches-fill',
	'zones-blanches-line',
	'service-areas',
	'communes-selected',
	'epci-outline',
	'departement-outline',
	// national map: edges of communes, EPCI and départements, then the chosen territory
	'edges-communes',
	'edges-epci',
	'edges-departements',
	'chosen-communes',
	'chosen-epci',
	'chosen-departements',
	// finder: the searched place, then the commune names, drawn under the numbered results so
	// that a name never hides a number
	'ici',
	'noms',
	'tour-stops',
	// national map: groups of help points and their counts, under the single points
	'clusters',
	'cluster-counts',
	'help-points',
	// scenario editor: the line of an added bus, then places switched off and sites added
	'scenario-bus-lines',
	'scenario-sites',
	// finder: numbered results (links to their true place, true-place dots, discs, numbers)
	'numeros-liens',
	'numeros-points',
	'lieux',
	'numeros',
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
