import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { PICKABLE_LAYERS, orderPicked, popupModel, type Picked, type PickableLayer } from './pick';

/** A few pixels of tolerance around a click, so a small symbol is easy to hit on a phone. */
export const SLOP = 4;

/** The box around a click that popups and commune selection both test. */
export function clickBox(p: { x: number; y: number }): [[number, number], [number, number]] {
	return [
		[p.x - SLOP, p.y - SLOP],
		[p.x + SLOP, p.y + SLOP]
	];
}

function section(f: Picked, main: boolean): HTMLElement {
	const m = popupModel(f);
	const root = document.createElement('div');
	const link = document.createElement('a');
	link.href = m.href;
	link.textContent = m.title;
	if (main) {
		const strong = document.createElement('strong');
		strong.append(link);
		root.append(strong);
		for (const l of m.lines) {
			const div = document.createElement('div');
			div.textContent = l;
			root.append(div);
		}
	} else {
		root.append(link);
		if (m.lines[0]) root.append(document.createTextNode(` (${m.lines[0]})`));
	}
	return root;
}

/**
 * The popup for the features under a click, built from DOM nodes with textContent (names from
 * the data are text, never HTML): the one drawn on top in full, the others at the same spot
 * listed under it so that none is hidden by another.
 */
export function popupContent(features: Picked[]): HTMLElement {
	const root = document.createElement('div');
	root.className = 'maillage-popup';
	root.dataset.testid = 'map-popup';
	root.append(section(features[0], true));
	if (features.length > 1) {
		const p = document.createElement('p');
		p.textContent = 'Aussi à cet endroit :';
		const ul = document.createElement('ul');
		for (const f of features.slice(1, 8)) {
			const li = document.createElement('li');
			li.append(section(f, false));
			ul.append(li);
		}
		root.append(p, ul);
	}
	return root;
}

/** Open one popup when help points or stops are clicked (one handler for both layers). */
export async function bindPopups(map: MlMap): Promise<void> {
	const { Popup } = await import('maplibre-gl');
	map.on('click', (e: MapMouseEvent) => {
		const layers = PICKABLE_LAYERS.filter((l) => map.getLayer(l));
		const hits = map.queryRenderedFeatures(clickBox(e.point), { layers });
		const picked: Picked[] = hits
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => {
				const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates;
				const at = map.project([lng, lat]);
				return {
					layer: f.layer.id as PickableLayer,
					properties: f.properties ?? {},
					px: Math.hypot(at.x - e.point.x, at.y - e.point.y),
					at: [lng, lat] as [number, number]
				};
			});
		if (!picked.length) return;
		const ordered = orderPicked(picked);
		new Popup({ closeButton: true, maxWidth: '300px' })
			.setLngLat(ordered[0].at ?? e.lngLat)
			.setDOMContent(popupContent(ordered))
			.addTo(map);
	});
	for (const layer of PICKABLE_LAYERS) {
		map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
	}
}
