import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { MapState } from './context.svelte';
import { beforeId, type LayerId } from './zorder';

/** A MapLibre layer whose id is declared in zorder.ts. */
export type OrderedLayer = LayerSpecification & { id: LayerId };

/**
 * One thematic layer of the maps, in one file of `layers/`: what it draws (`specs`: pure, ids
 * from zorder.ts, colours from colors.ts), how it puts its sources and layers on a map (`add`,
 * once the map has loaded), and how it follows its props (`updates`). A page uses it through
 * `<Layer layer={…} {...props} />` inside a MapView; it lives as long as its map.
 */
export interface MapLayer<P> {
	/** Its entry in a legend, when one names it. */
	legend?: string;
	/** Where its data comes from, for an attribution. */
	sourceNote?: string;
	/** Its layers, bottom to top. */
	specs(props: P): OrderedLayer[];
	/** Add its sources, images and `specs` (through addInOrder). */
	add(map: MlMap, props: P): void;
	/**
	 * Each runs once after `add`, in its own effect, then again whenever a prop it reads
	 * changes: a new selection outlines a commune without repainting the values.
	 */
	updates?: ((map: MlMap, props: P, state: MapState) => void)[];
}

/** Add layers, each at its place in zorder.ts whatever is already on the map. */
export function addInOrder(map: MlMap, layers: OrderedLayer[]): void {
	for (const layer of layers)
		map.addLayer(
			layer,
			beforeId(layer.id, (id) => !!map.getLayer(id))
		);
}

/** Show or hide layers (layout visibility). */
export function setVisible(map: MlMap, ids: readonly LayerId[], on: boolean): void {
	for (const id of ids) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
}
