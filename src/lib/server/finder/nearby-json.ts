import type Database from 'better-sqlite3';
import { breathe } from '../coverage/territory-coverage';
import { trajetOf, type HelpHit } from './find-help';
import { finderIndex, openingAt, type FinderEntry } from './finder-index';

// The parts of a place's JSON that do not depend on the query, before and after the varying
// fields; kept per entry, so they go when the index is rebuilt for new data.
const parts = new WeakMap<FinderEntry, [string, string]>();

function fixedParts(e: FinderEntry): [string, string] {
	let p = parts.get(e);
	if (!p) {
		const l = e.lieu;
		const head = JSON.stringify({
			id: l.id,
			nom: l.nom,
			type: l.kind,
			itinerant: l.itinerant === 1,
			adresse: l.adresse,
			code_postal: l.code_postal,
			commune: l.commune,
			code_insee: l.code_insee,
			lat: l.lat,
			lon: l.lon
		});
		const tail = JSON.stringify({
			horaires: l.horaires,
			telephone: l.telephone,
			services: e.services,
			source: l.source,
			date_maj: l.date_maj
		});
		p = [head.slice(0, -1), tail.slice(1)];
		parts.set(e, p);
	}
	return p;
}

/**
 * The body of `/api/lieux/proches`: `{ "lieux": [...] }`, each place with `distance_m`, `trajet`
 * and `ouverture` between its fixed fields. The same text as `JSON.stringify` of the whole
 * object, built from per-place parts computed once per data version.
 */
export function nearbyJson(hits: HelpHit[], now: Date): string {
	const items = hits.map((h) => {
		const [head, tail] = fixedParts(h.entry);
		const o = openingAt(h.entry, now);
		return (
			`${head},"distance_m":${Math.round(h.distanceM)},"trajet":${JSON.stringify(trajetOf(h))}` +
			`,"ouverture":${JSON.stringify({ etat: o.kind, texte: o.text })},${tail}`
		);
	});
	return `{"lieux":[${items.join(',')}]}`;
}

/** Whether a place's fixed parts are ready (else the data is new: see warmNearby). */
export const isPrepared = (e: FinderEntry) => parts.has(e);

const warmed = new WeakSet<object>();

/**
 * Started by the first searches of each data version, off the request path: every place's fixed
 * parts and its opening state now, so that the next searches do not pay for them (before this,
 * the rate of `/api/lieux/proches` rose from 300 to 900 req/s over its first minute). Gives the
 * event loop back every 20 ms: a longer hold lets idle keep-alive connections time out under a
 * request.
 */
export async function warmNearby(db: Database.Database, now = new Date()): Promise<void> {
	const finder = finderIndex(db);
	if (warmed.has(finder)) return;
	warmed.add(finder);
	let since = performance.now();
	for (const e of finder.entries) {
		if (performance.now() - since > 20) {
			await breathe();
			since = performance.now();
		}
		fixedParts(e);
		openingAt(e, now);
	}
}
