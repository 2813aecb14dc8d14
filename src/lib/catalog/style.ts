/**
 * The colours and symbol parts shared by the interactive map and the print, in one place.
 * Schemes come from d3-scale-chromatic (readable by colour-blind people). The colour and shape
 * of each kind of help are in the catalogue of kinds (kinds.ts).
 */
import { schemePuOr, schemeYlOrRd } from 'd3-scale-chromatic';

/** Sequential scheme of indicator values, light (low) to dark (high); 7 classes. */
export const SEQUENTIAL_SCHEME: readonly string[] = schemeYlOrRd[7];
/** Diverging scheme of gaps to a reference average: purple below, orange above; 7 classes. */
export const DIVERGING_SCHEME: readonly string[] = schemePuOr[7];
/** A commune without a value. */
export const NO_DATA = '#d9d9d9';
/** Land outside the territory, and communes of a theme that colours none. */
export const BACKGROUND = '#f4f1ea';

// Lines: territory outlines, commune edges, the chosen commune.
export const OUTLINE_DEPARTEMENT = '#1b1b1b';
export const OUTLINE_EPCI = '#3a3a3a';
export const COMMUNE_LINE = '#ffffff';
export const SELECTED = '#0a58ca';

/** Zones blanches: white with dark hatches, readable over any class colour. */
export const ZONE_BLANCHE = '#ffffff';
export const ZONE_BLANCHE_HATCH = '#1b1b1b';
/** Communes served and stops of the itinerant services. */
export const SERVICE_AREA = '#005a9c';
/** Commune names: dark text on a white halo. */
export const LABEL_TEXT = '#1b1b1b';
export const LABEL_HALO = '#ffffff';

/** Itinerant services get a ring around their symbol (an SVG path in the 20×20 symbol box). */
export const ITINERANT_RING = 'M10 0.5A9.5 9.5 0 1 1 9.99 0.5Z';

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

// ── National map ──
/** Groups of help points (« 12 lieux ici »): a dark disc, white ring and white count. */
export const CLUSTER_FILL = '#1d4e89';
export const CLUSTER_RING = '#ffffff';
export const CLUSTER_TEXT = '#ffffff';

// ── Scenario editor ──
/** What a scenario does to a commune (scenario-communes layer and its legend). */
export const SCENARIO_COMMUNE = {
	lost: '#dc2626',
	won: '#16a34a',
	zb: '#f59e0b',
	moved: '#60a5fa',
	ok: '#cbd5e1'
} as const;
/**
 * Sites a scenario adds (a yellow star, bus stops and their line, as on the printed sheet), and
 * places it switches off (grey): colours no kind of help uses.
 */
export const SCENARIO_SITE = '#ffd400';
export const SCENARIO_SITE_LINE = '#111111';
export const SCENARIO_REMOVED = '#6b7280';
