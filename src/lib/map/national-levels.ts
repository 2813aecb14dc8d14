/**
 * The national map's levels and zooms, shared by the tile server (which layers a tile holds) and
 * the map (which level is coloured): départements at the national view, then EPCI, then
 * communes; help points clustered until they can be shown one by one. Pure.
 */

import type { TerritoryLevel } from '../types/territory';

/** A level of territory the national map colours. */
export type NationalLevel = Exclude<TerritoryLevel, 'france' | 'region'>;

/** The territory layers of a national tile, one per level. */
export type LevelLayer = 'departements' | 'epci' | 'communes';
/** The layers of a national tile (`source-layer` in MapLibre). */
export type TileLayer = LevelLayer | 'noms' | 'lieux';

export interface LevelInfo {
	niveau: NationalLevel;
	layer: LevelLayer;
	/** Coloured from this zoom (included) to the next level's `from`. */
	from: number;
	/** Its name in the panel and the breadcrumbs. */
	label: string;
}

/**
 * Coarsest first. A département fills a wide screen from zoom 7.5 or so, an EPCI from about 9:
 * each is then shown by its parts, so that a click on one "goes down a level".
 */
export const NATIONAL_LEVELS: readonly LevelInfo[] = [
	{ niveau: 'departement', layer: 'departements', from: 0, label: 'Département' },
	{ niveau: 'epci', layer: 'epci', from: 7, label: 'Intercommunalité (EPCI)' },
	{ niveau: 'commune', layer: 'communes', from: 9, label: 'Commune' }
];

/** Tiles are made up to this zoom; the map stretches them beyond (MapLibre "overzoom"). */
export const TILE_MAX_ZOOM = 12;

/** Help points: clustering radius in screen pixels (512-pixel tiles) and the last clustered zoom. */
export const CLUSTER_RADIUS_PX = 40;
export const CLUSTER_MAX_ZOOM = 11;

/** Commune names are in tiles from this zoom (their population filter is the département map's). */
export const LABELS_FROM_ZOOM = 7;

/** How many zooms earlier a screen colours each level (see zoomOffset). */
export type ZoomOffset = 0 | 1;

/**
 * How many zooms earlier a narrow screen colours each level: a phone frames a département or an
 * EPCI one zoom further out than a wide screen, and should still show it by its parts. Chosen
 * once, from the map's width when it opens; its tiles hold each level that much earlier.
 */
export function zoomOffset(mapWidth: number): ZoomOffset {
	return mapWidth < 640 ? 1 : 0;
}

/** The level a wide screen colours at a zoom (a narrow one: at the zoom plus its zoomOffset). */
export function levelAtZoom(zoom: number): LevelInfo {
	let level = NATIONAL_LEVELS[0];
	for (const l of NATIONAL_LEVELS) if (zoom >= l.from) level = l;
	return level;
}

/** The level under `niveau` (a commune has none). */
export function levelBelow(niveau: NationalLevel): LevelInfo | null {
	const i = NATIONAL_LEVELS.findIndex((l) => l.niveau === niveau);
	return NATIONAL_LEVELS[i + 1] ?? null;
}

/** The level of a tile layer, or null for the points. */
export function levelOfLayer(layer: string): LevelInfo | null {
	return NATIONAL_LEVELS.find((l) => l.layer === layer) ?? null;
}

/**
 * The layers a tile of zoom `z` holds for a screen of zoomOffset `offset`: every level from the
 * zoom it colours it on (the coarser ones stay as outlines), the names from LABELS_FROM_ZOOM,
 * and the help points (clusters or points).
 */
export function tileLayersAt(z: number, offset: ZoomOffset = 0): TileLayer[] {
	const polygons = NATIONAL_LEVELS.filter((l) => z >= l.from - offset).map((l) => l.layer);
	return [...polygons, ...(z >= LABELS_FROM_ZOOM ? (['noms'] as const) : []), 'lieux'];
}

/**
 * The least zoom a selection is framed at: far enough in to show its parts (a département by
 * its EPCI, an EPCI by its communes), a commune among communes.
 */
export function frameMinZoom(niveau: TerritoryLevel): number {
	if (niveau === 'france' || niveau === 'region') return 0;
	const own = NATIONAL_LEVELS.find((l) => l.niveau === niveau);
	return levelBelow(niveau)?.from ?? own?.from ?? 0;
}
