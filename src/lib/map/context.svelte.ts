import { createContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Map as MlMap } from 'maplibre-gl';

/**
 * The state one map shares with its layers (MapView creates it, each <Layer> reads it): the
 * MapLibre map once created, whether its style has loaded, whether it failed, and whether what
 * it shows is painted. `ready` drives `data-ready`, which end-to-end tests wait for.
 */
export class MapState {
	/** The map, once created: layers are added after `loaded`. */
	map = $state.raw<MlMap | null>(null);
	loaded = $state(false);
	/** The map could not be created (no WebGL): the page shows its fallback text. */
	failed = $state(false);
	/** The last change asked of the map has been drawn (the map went idle after it). */
	painted = $state(false);
	/** Keys of the layers still waiting for their data. */
	#waiting = new SvelteSet<string>();

	/** Loaded, nothing waiting, and everything asked drawn. */
	get ready() {
		return this.loaded && this.painted && this.#waiting.size === 0;
	}

	/** Follow a newly created map: it is `loaded` after its style has. */
	attach(map: MlMap) {
		this.map = map;
		map.once('load', () => (this.loaded = true));
	}

	/** The map could not be created. */
	fail() {
		this.failed = true;
	}

	/** Something drawn changed: not ready until the map is idle again. */
	repaint() {
		const map = this.map;
		if (!map) return;
		this.painted = false;
		map.once('idle', () => (this.painted = true));
	}

	/** A layer waits for its data (`on`), or has it: the map is not ready while one waits. */
	wait(key: string, on: boolean) {
		if (on) this.#waiting.add(key);
		else this.#waiting.delete(key);
	}
}

/** The state of the enclosing map, for its layers; MapView sets it. */
export const [getMapState, setMapState] = createContext<MapState>();
