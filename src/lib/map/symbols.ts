/**
 * One shape per kind of help, as an SVG path in a 20×20 box, so that symbols read in black and
 * white too. The map draws them on a canvas; the legend and lists draw them as inline SVG.
 */
export const KIND_SHAPES: Record<string, string> = {
	// square
	'france-services': 'M3 3H17V17H3Z',
	// circle
	mediation: 'M10 2.5A7.5 7.5 0 1 1 9.99 2.5Z',
	// triangle
	'conseiller-numerique': 'M10 2L18.5 17H1.5Z',
	// diamond
	bibliotheque: 'M10 1.5L18.5 10L10 18.5L1.5 10Z',
	// plus sign
	'aidants-connect': 'M7 2H13V7H18V13H13V18H7V13H2V7H7Z'
};

/** Itinerant services get a ring around their symbol. */
export const ITINERANT_RING = 'M10 0.5A9.5 9.5 0 1 1 9.99 0.5Z';
