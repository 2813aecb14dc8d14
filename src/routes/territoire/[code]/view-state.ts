import { goto } from '$app/navigation';
import { HELP_KINDS, isHelpKind } from '$lib/catalog/kinds';
import { DEFAULT_PARAMS, type CoverageParams } from '$lib/analysis/coverage-params';
import { parseCoverageParams } from '$lib/params/coverage';
import { orDefault } from '$lib/params/parsed';
import type { ChoroplethMode } from '$lib/map/layers/communes-choropleth';

/** Everything the planner view shows, read from the URL so that a view can be shared. */
export interface ViewState {
	analysis: CoverageParams;
	mode: ChoroplethMode;
	zonesBlanches: boolean;
	dessertes: boolean;
	/** Kinds of help points drawn on the map. */
	lieux: string[];
	commune: string | null;
}

export function readView(url: URL): ViewState {
	const q = url.searchParams;
	return {
		analysis: orDefault(parseCoverageParams(q), DEFAULT_PARAMS),
		mode: q.get('mode') === 'ecart' ? 'ecart' : 'valeur',
		zonesBlanches: q.get('zb') === '1',
		dessertes: q.get('dessertes') === '1',
		lieux: q.has('lieux') ? (q.get('lieux') ?? '').split(',').filter(isHelpKind) : [...HELP_KINDS],
		commune: q.get('commune')
	};
}

/** Keep the view in the URL so it can be shared: `changes` set or (null, '') remove parameters. */
export function updateView(current: URL, changes: Record<string, string | null>): void {
	const url = new URL(current);
	for (const [k, v] of Object.entries(changes)) {
		if (v == null || v === '') url.searchParams.delete(k);
		else url.searchParams.set(k, v);
	}
	goto(url, { replaceState: true, noScroll: true, keepFocus: true });
}

/** GET a JSON answer of the API, rejecting on an error status. */
export async function fetchJson<T>(url: string): Promise<T> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(String(r.status));
	return (await r.json()) as T;
}
