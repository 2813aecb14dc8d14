/**
 * The national tile index: territory shapes and commune names cut by geojson-vt, help points
 * clustered by Supercluster, a tile encoded by vt-pbf. Indexing the whole country takes seconds
 * and hundreds of MB, so it runs in the tile worker (tile-worker.ts), never on the request
 * thread; a tile is then cut on demand in milliseconds.
 */
import GeoJSONVT from 'geojson-vt';
import Supercluster, { type AnyProps, type PointFeature } from 'supercluster';
import vtpbf from 'vt-pbf';
import type { FeatureCollection } from 'geojson';
import {
	CLUSTER_MAX_ZOOM,
	CLUSTER_RADIUS_PX,
	TILE_MAX_ZOOM,
	tileLayersAt,
	type TileLayer,
	type ZoomOffset
} from '../../map/national-levels';
import { minPopulationAt } from '../../map/layers/commune-labels';
import { clusterProperties } from './cluster-properties';

/** Tile units per side (the vector tile default); a tile shows as 512 screen pixels. */
const EXTENT = 4096;
const PIXEL = EXTENT / 512;

type ShapeLayer = Exclude<TileLayer, 'lieux'>;

/** The layers indexed so far (the worker fills it level by level, coarsest first). */
export interface TileIndex {
	shapes: Partial<Record<ShapeLayer, GeoJSONVT>>;
	lieux?: Supercluster;
}

/** A tile's features as geojson-vt gives them (what vt-pbf encodes). */
interface TileFeatures {
	features: { type: number; geometry: unknown; tags: Record<string, unknown> | null }[];
}

/** Cut a layer of shapes or names (geojson-vt: simplified per zoom, tiles made on demand). */
export function cutLayer(fc: FeatureCollection): GeoJSONVT {
	return new GeoJSONVT(fc, { maxZoom: TILE_MAX_ZOOM, extent: EXTENT, buffer: 64, tolerance: 3 });
}

/** Cluster the help points: groups within CLUSTER_RADIUS_PX up to CLUSTER_MAX_ZOOM. */
export function clusterPoints(fc: FeatureCollection): Supercluster {
	return new Supercluster({
		radius: CLUSTER_RADIUS_PX * PIXEL,
		extent: EXTENT,
		maxZoom: CLUSTER_MAX_ZOOM
	}).load(fc.features as PointFeature<AnyProps>[]);
}

/** Whether every layer a tile of zoom `z` (for a screen of `offset`) holds is indexed. */
export function canCut(index: TileIndex, z: number, offset: ZoomOffset = 0): boolean {
	return tileLayersAt(z, offset).every((l) => (l === 'lieux' ? !!index.lieux : !!index.shapes[l]));
}

/** The layers of tile z/x/y that hold features, as vt-pbf takes them. */
export function tileLayers(
	index: TileIndex,
	z: number,
	x: number,
	y: number,
	offset: ZoomOffset = 0
): Partial<Record<TileLayer, TileFeatures>> {
	const out: Partial<Record<TileLayer, TileFeatures>> = {};
	for (const layer of tileLayersAt(z, offset)) {
		let tile: TileFeatures | null | undefined;
		if (layer === 'lieux') {
			const lieux = index.lieux;
			tile = lieux?.getTile(z, x, y) as TileFeatures | null;
			for (const f of tile?.features ?? [])
				f.tags = clusterProperties(f.tags ?? {}, (id) => lieux!.getClusterExpansionZoom(id));
		} else tile = index.shapes[layer]?.getTile(z, x, y) as TileFeatures | null;
		if (tile && layer === 'noms') {
			const min = minPopulationAt(z);
			tile = { features: tile.features.filter((f) => Number(f.tags?.population) >= min) };
		}
		if (tile?.features.length) out[layer] = tile;
	}
	return out;
}

/**
 * Tile z/x/y (for a screen of `offset`) as a Mapbox Vector Tile (version 2); empty (0 bytes)
 * where there is nothing.
 */
export function encodeTile(
	index: TileIndex,
	z: number,
	x: number,
	y: number,
	offset: ZoomOffset = 0
): Uint8Array {
	const layers = tileLayers(index, z, x, y, offset);
	if (Object.keys(layers).length === 0) return new Uint8Array(0);
	// vt-pbf's types name the geojson-vt of an older major; the tile shape is the same.
	return vtpbf.fromGeojsonVt(layers as unknown as Parameters<typeof vtpbf.fromGeojsonVt>[0], {
		version: 2,
		extent: EXTENT
	});
}
