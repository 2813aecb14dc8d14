import { plainText } from '../analysis/names';
import { SOURCES } from './sources';

/** One file to download: its official address and where it goes under `data/sources/`. */
export interface FetchItem {
	url: string;
	path: string;
}

/** "Côtes-d'Armor" → "cotes-d-armor", the naming of the contours repository. */
export function slugify(name: string): string {
	return plainText(name).replace(/ /g, '-');
}

/**
 * The list of files `npm run data:fetch` downloads: every single-file source, plus the commune
 * and département contours of each département asked for. `baseUrl` replaces the official host,
 * so the command can be tested against a local server.
 */
export function fetchPlan(
	departements: { code: string; nom: string }[],
	baseUrl?: string
): FetchItem[] {
	const host = 'https://raw.githubusercontent.com';
	const rebase = (u: string) => (baseUrl ? baseUrl.replace(/\/$/, '') + u.slice(host.length) : u);
	const items: FetchItem[] = [];
	for (const s of SOURCES) {
		if (!s.url || s.key === 'contours-2018') continue;
		items.push({ url: rebase(s.url), path: s.path });
	}
	const contours = SOURCES.find((s) => s.key === 'contours-2018');
	if (contours) {
		for (const d of departements) {
			const dir = `${d.code}-${slugify(d.nom)}`;
			for (const kind of ['communes', 'departement'])
				items.push({
					url: rebase(`${contours.url}/${dir}/${kind}-${dir}.geojson`),
					path: `contours/${kind}-${dir}.geojson`
				});
		}
	}
	return items;
}
