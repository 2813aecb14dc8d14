import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { MapState } from '$lib/map/context.svelte';

/** A stand-in for a MapLibre map: `once` listeners, fired by `emit`. */
function fakeMap() {
	const listeners = new Map<string, (() => void)[]>();
	return {
		once(type: string, fn: () => void) {
			listeners.set(type, [...(listeners.get(type) ?? []), fn]);
		},
		emit(type: string) {
			const fns = listeners.get(type) ?? [];
			listeners.delete(type);
			for (const fn of fns) fn();
		},
		asMap() {
			return this as unknown as MlMap;
		}
	};
}

describe('the state a map shares with its layers', () => {
	it('is ready once loaded and painted', () => {
		const state = new MapState();
		const m = fakeMap();
		expect([state.map, state.loaded, state.ready]).toEqual([null, false, false]);
		state.attach(m.asMap());
		expect(state.map).toBe(m);
		m.emit('load');
		expect(state.loaded).toBe(true);
		expect(state.ready).toBe(false); // nothing drawn yet
		state.repaint();
		expect(state.ready).toBe(false);
		m.emit('idle');
		expect([state.painted, state.ready]).toEqual([true, true]);
	});

	it('is not ready again after a change until the map is idle', () => {
		const state = new MapState();
		const m = fakeMap();
		state.attach(m.asMap());
		m.emit('load');
		state.repaint();
		m.emit('idle');
		state.repaint();
		expect(state.ready).toBe(false);
		m.emit('idle');
		expect(state.ready).toBe(true);
	});

	it('is not ready while a layer waits for its data, whatever was painted', () => {
		const state = new MapState();
		const m = fakeMap();
		state.attach(m.asMap());
		m.emit('load');
		state.wait('values', true);
		state.wait('values', true); // the same layer twice still counts once
		state.wait('other', true);
		state.repaint();
		m.emit('idle');
		expect(state.ready).toBe(false);
		state.wait('values', false);
		expect(state.ready).toBe(false);
		state.wait('other', false);
		expect(state.ready).toBe(true);
	});

	it('ignores a repaint before a map exists, and records a failure', () => {
		const state = new MapState();
		state.repaint();
		expect(state.painted).toBe(false);
		state.fail();
		expect([state.failed, state.ready]).toEqual([true, false]);
	});
});
