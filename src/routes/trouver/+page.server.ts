import { getDb } from '$lib/server/db/connection';
import { communeByCode, suggestCommunes } from '$lib/server/commune-search';
import { findHelp } from '$lib/server/finder';
import { NEEDS, PUBLICS } from '$lib/analysis/needs';

/**
 * The resident finder. Works without JavaScript: the form submits `q` (or `commune`, or
 * `lat`/`lon` from "Me localiser"), the filters, and the server answers with the list.
 */
export function load({ url }) {
	const db = getDb();
	const q = url.searchParams;
	const text = (q.get('q') ?? '').trim().slice(0, 100);
	const besoins = q.getAll('besoins').filter((b) => NEEDS.some((n) => n.key === b));
	const publics = q.getAll('publics').filter((p) => PUBLICS.some((x) => x.key === p));
	const filters = {
		besoins,
		publics,
		gratuit: q.get('gratuit') === '1',
		ouvertMaintenant: q.get('ouvert') === 'maintenant',
		samedi: q.get('samedi') === '1'
	};
	let place: {
		label: string;
		lat: number;
		lon: number;
		commune: string | null;
		departement?: string;
	} | null = null;
	let autres: { code: string; nom: string; codePostal: string }[] = [];
	const lat = Number(q.get('lat'));
	const lon = Number(q.get('lon'));
	const adresse = q.get('adresse');
	// A new text typed over the previous place wins over the hidden place fields.
	const sameText = (label: string | null | undefined) =>
		!text || (!!label && label.toLowerCase() === text.toLowerCase());
	if (
		q.get('lat') &&
		q.get('lon') &&
		Number.isFinite(lat) &&
		Number.isFinite(lon) &&
		sameText(adresse ?? text)
	) {
		place = { label: q.get('adresse') || 'votre position', lat, lon, commune: q.get('commune') };
	} else {
		let c = q.get('commune') ? communeByCode(db, q.get('commune') as string) : null;
		if (c && !sameText(c.nom)) c = null;
		if (!c && text) {
			const found = suggestCommunes(db, text, 6);
			c = found[0] ?? null;
			autres = found
				.slice(1)
				.map((x) => ({ code: x.code, nom: x.nom, codePostal: x.codesPostaux[0] ?? '' }));
		}
		if (c && c.lat != null && c.lon != null)
			place = { label: c.nom, lat: c.lat, lon: c.lon, commune: c.code, departement: c.departement };
	}
	const results = place ? findHelp(db, place, filters, 10) : [];
	return {
		text,
		filters,
		place,
		autres,
		notFound: !!text && !place,
		results: results.map((r) => ({
			id: r.lieu.id,
			nom: r.lieu.nom,
			kind: r.lieu.kind,
			itinerant: r.lieu.itinerant === 1,
			adresse: r.lieu.adresse,
			codePostal: r.lieu.code_postal,
			commune: r.lieu.commune,
			telephone: r.lieu.telephone,
			distanceM: r.distanceM,
			trajet: r.trajet,
			ouverture: r.ouverture.text,
			ouvert: r.ouverture.open,
			passage: r.passage,
			dessert: r.dessertLaCommune,
			arret: r.arretDansLaCommune,
			approximatif: r.lieu.approximatif === 1,
			lat: r.lieu.lat,
			lon: r.lieu.lon
		}))
	};
}
