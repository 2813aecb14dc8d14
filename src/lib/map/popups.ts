import type { Map as MlMap, MapLayerMouseEvent } from 'maplibre-gl';
import { KIND_LABELS } from '../labels';

/**
 * The popup of a help point or a tour stop, built from DOM nodes with textContent: names from
 * the data are text, never HTML.
 */
export function popupContent(p: Record<string, unknown>): HTMLElement {
	const root = document.createElement('div');
	root.className = 'maillage-popup';
	const title = document.createElement('a');
	title.href = `/lieu/${Number(p.id)}`;
	title.textContent = String(p.nom ?? '');
	const strong = document.createElement('strong');
	strong.append(title);
	root.append(strong);
	const lines = [
		p.kind ? `${KIND_LABELS[String(p.kind)] ?? ''}${p.itinerant ? ' · itinérant' : ''}` : null,
		p.libelle || p.commune ? `Arrêt : ${[p.libelle, p.commune].filter(Boolean).join(', ')}` : null,
		p.horaires ? `Passage : ${String(p.horaires)}` : null,
		p.date_maj ? `Mis à jour le ${String(p.date_maj)}` : null
	];
	for (const l of lines.filter(Boolean)) {
		const div = document.createElement('div');
		div.textContent = l as string;
		root.append(div);
	}
	return root;
}

/** Open a popup when a help point or a stop is clicked. */
export async function bindPopups(map: MlMap, layers: string[]): Promise<void> {
	const { Popup } = await import('maplibre-gl');
	for (const layer of layers) {
		map.on('click', layer, (e: MapLayerMouseEvent) => {
			const f = e.features?.[0];
			if (!f || f.geometry.type !== 'Point') return;
			new Popup({ closeButton: true, maxWidth: '280px' })
				.setLngLat(f.geometry.coordinates as [number, number])
				.setDOMContent(popupContent(f.properties ?? {}))
				.addTo(map);
		});
		map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
	}
}
