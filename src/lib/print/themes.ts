/**
 * The four print themes: how communes are filled, how help points are drawn, what the legend
 * says and which sources are cited. Colours, names and sources come from the catalogue, like
 * the interactive map's; the black-and-white variant swaps colours for greys, hatches and dots.
 */
import { BACKGROUND, NO_DATA } from '../catalog/style';
import { sequentialClasses, type Classes } from '../catalog/scales';
import { HELP_KINDS, KIND_INFO, kindInfo } from '../catalog/kinds';
import { INDICATOR_INFO } from '../catalog/indicators';
import { keysOf } from '../catalog/keys';
import type { LegendItem } from './legend-svg';

export type ThemeId = 'lieux' | 'ifn' | 'zones-blanches' | 'illectronisme';

export interface ThemeInfo {
	/** Title of the sheet and of its legend. */
	title: string;
	/** Name of the theme in the print form. */
	choice: string;
	/** Keys (prefixes) of the `sources` rows it cites, besides the contours and the COG. */
	sources: string[];
}

const LIEUX_SOURCES = HELP_KINDS.flatMap((k) => KIND_INFO[k].sources);
const { ifn, illectronisme } = INDICATOR_INFO;
export const THEME_INFO: Record<ThemeId, ThemeInfo> = {
	lieux: {
		title: 'Lieux d’aide au numérique',
		choice: 'Lieux d’aide au numérique (liste numérotée)',
		sources: LIEUX_SOURCES
	},
	ifn: { title: ifn.label, choice: ifn.label, sources: ifn.sources },
	'zones-blanches': {
		title: 'Zones blanches de l’aide au numérique',
		choice: 'Zones blanches',
		sources: [...ifn.sources, ...LIEUX_SOURCES]
	},
	illectronisme: {
		title: illectronisme.label,
		choice: illectronisme.label,
		sources: illectronisme.sources
	}
};
export const THEMES: readonly ThemeId[] = keysOf(THEME_INFO);

/** Greys for the 7 sequential classes in black and white, light to dark. */
const GREYS = ['#ffffff', '#e8e8e8', '#cfcfcf', '#afafaf', '#8c8c8c', '#656565', '#3d3d3d'];
const ZB_HATCH_COLOR = '#b2182b';

/** What a theme needs to know of a commune to fill it. */
export interface CommunePaint {
	value: number | null;
	zoneBlanche: boolean;
}

export interface ThemeStyle {
	/** `<defs>` content: patterns of the theme. */
	defs: string;
	fill(c: CommunePaint): string;
	communeStroke: string;
	legendTitle: string;
	legend: LegendItem[];
	markerFill(kind: string): string;
	/** Help points drawn at all (numbered or not). */
	showPoints: boolean;
}

function patterns(bw: boolean): string {
	const hatch = bw ? '#000' : ZB_HATCH_COLOR;
	return (
		`<pattern id="p-zb" patternUnits="userSpaceOnUse" width="1.6" height="1.6" patternTransform="rotate(45)">` +
		`<rect width="1.6" height="1.6" fill="#fff"/><rect width="0.5" height="1.6" fill="${hatch}"/></pattern>` +
		`<pattern id="p-nodata" patternUnits="userSpaceOnUse" width="1.5" height="1.5">` +
		`<rect width="1.5" height="1.5" fill="#fff"/><circle cx="0.75" cy="0.75" r="0.28" fill="#777"/></pattern>`
	);
}

function classIndex(c: Classes, v: number): number {
	return c.breaks.filter((b) => v >= b).length;
}

/** The style of a theme, in colour or black and white, for the help-point kinds present. */
export function themeStyle(theme: ThemeId, bw: boolean, kinds: string[]): ThemeStyle {
	const markerFill = (kind: string) => (bw ? '#111' : (kindInfo(kind)?.colour ?? '#333'));
	const plain = bw ? '#ffffff' : BACKGROUND;
	const noData = bw ? 'url(#p-nodata)' : NO_DATA;
	const symbols: LegendItem[] = kinds.map((k) => ({
		type: 'symbol',
		kind: k,
		fill: markerFill(k),
		label: kindInfo(k)?.plural ?? k
	}));
	const base = { defs: patterns(bw), markerFill, legendTitle: THEME_INFO[theme].title };
	if (theme === 'ifn' || theme === 'illectronisme') {
		const classes = sequentialClasses(theme);
		const colors = bw ? GREYS : classes.colors;
		return {
			...base,
			fill: (c) => (c.value == null ? noData : colors[classIndex(classes, c.value)]),
			communeStroke: bw ? '#444' : '#ffffff',
			legend: [
				...[...classes.labels].reverse().map((label, i) => ({
					type: 'fill' as const,
					fill: colors[colors.length - 1 - i],
					label
				})),
				{ type: 'fill', fill: noData, label: 'pas de donnée' },
				{
					type: 'note',
					label:
						theme === 'ifn'
							? 'De 0 à 10 : plus l’indice est haut, plus la commune est fragile face au numérique.'
							: 'Part des personnes en difficulté avec les outils numériques.'
				}
			],
			showPoints: false
		};
	}
	const outline: LegendItem[] = [
		{ type: 'line', stroke: '#1b1b1b', width: 0.6, label: 'Limite de département' },
		{ type: 'line', stroke: '#555', width: 0.35, label: 'Limite d’intercommunalité' }
	];
	if (theme === 'zones-blanches')
		return {
			...base,
			fill: (c) => (c.zoneBlanche ? 'url(#p-zb)' : plain),
			communeStroke: bw ? '#9a9a9a' : '#cbc4b4',
			legend: [
				{
					type: 'fill',
					fill: 'url(#p-zb)',
					label: 'Zone blanche : plus fragile que la moyenne, sans aide à 10 km'
				},
				{ type: 'fill', fill: plain, label: 'Autre commune' },
				...symbols,
				...outline
			],
			showPoints: true
		};
	return {
		...base,
		fill: () => plain,
		communeStroke: bw ? '#b0b0b0' : '#cbc4b4',
		legend: [
			...symbols,
			{
				type: 'symbol',
				kind: 'france-services',
				fill: markerFill('france-services'),
				label: 'Service itinérant (bus)',
				itinerant: true
			},
			...outline
		],
		showPoints: true
	};
}
