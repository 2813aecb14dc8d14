import { getDb } from '$lib/server/db/connection';
import { finderPage } from '$lib/server/finder/finder-page';
import { parseFinderQuery } from '$lib/params/finder';

/**
 * The resident finder. Works without JavaScript: the form submits `q` (or `commune`, or
 * `lat`/`lon` from "Me localiser"), the filters, and the server answers with the list, or with
 * the communes to choose from when the text designates several.
 */
export function load({ url }) {
	return finderPage(getDb(), parseFinderQuery(url.searchParams), new Date());
}
