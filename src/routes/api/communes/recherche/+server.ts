import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { suggestCommunes } from '$lib/server/finder/commune-search';
import { parseSearchText } from '$lib/params/finder';

/** GET /api/communes/recherche?q=…: suggestions for the search box (name, postcode, INSEE). */
export function GET({ url }) {
	const q = parseSearchText(url.searchParams);
	if (q.length < 2) return json({ communes: [] });
	return json({
		communes: suggestCommunes(getDb(), q).map((c) => ({
			code: c.code,
			nom: c.nom,
			departement: c.departement,
			codesPostaux: c.codesPostaux,
			lat: c.lat,
			lon: c.lon
		}))
	});
}
