/** Every colour of the maps, in one place. Schemes come from d3-scale-chromatic. */
import { schemeYlOrRd } from 'd3-scale-chromatic';

/** Sequential scheme for the IFN (0 = not fragile, 10 = most fragile); 7 classes. */
export const IFN_SCHEME: readonly string[] = schemeYlOrRd[7];
export const NO_DATA = '#d9d9d9';
export const NO_DATA_HATCH = '#9e9e9e';
export const BACKGROUND = '#f4f1ea';
export const OUTLINE_DEPARTEMENT = '#1b1b1b';
export const OUTLINE_EPCI = '#3a3a3a';
export const COMMUNE_LINE = '#ffffff';
export const SELECTED = '#0a58ca';

/** Colours of help-point symbols; each kind also has its own shape (see help-points layer). */
export const KIND_COLORS: Record<string, string> = {
	'france-services': '#1d4e89',
	mediation: '#7b2a8c',
	'conseiller-numerique': '#00704a',
	bibliotheque: '#8c4a00',
	'aidants-connect': '#b0003a'
};
export const ZONE_BLANCHE = '#ffffff';
export const ZONE_BLANCHE_HATCH = '#1b1b1b';
export const SERVICE_AREA = '#005a9c';
export const LABEL_TEXT = '#1b1b1b';
export const LABEL_HALO = '#ffffff';

// ── Colours of the shared map layers that were written inline (finder map, symbols) ──
/** Finder map: the communes, plain, for orientation only. */
export const COMMUNE_PLAIN = '#ffffff';
export const COMMUNE_PLAIN_LINE = '#b8b8b8';
/** Finder map: the searched place (commune or position), a black dot in a white ring. */
export const SEARCHED_PLACE = '#111';
export const SEARCHED_PLACE_RING = '#fff';
/** Numbered results: links and dots at the true places (and the disc of an unknown kind). */
export const NUMBER_LINK = '#333';
export const NUMBER_RING = '#fff';
export const NUMBER_TEXT = '#ffffff';
/** Help-point symbols: the halo and outline around each shape, and the itinerant dot. */
export const SYMBOL_HALO = '#ffffff';
export const SYMBOL_OUTLINE = '#111111';
/** Tour stops: a white disc in a service-area ring. */
export const TOUR_STOP_FILL = '#ffffff';
