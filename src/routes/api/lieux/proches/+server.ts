import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { parseFinderParams } from '$lib/params/finder';
import { valueOr400 } from '$lib/server/http/params';
import { findHelp } from '$lib/server/finder/find-help';

/**
 * GET /api/lieux/proches?lat=…&lon=…&limite=10&services=…&besoins=…&publics=…&gratuit=1&ouvert=maintenant&samedi=1
 * Help points sorted by distance (kd-tree), with `distance_m`; 400 with a French error otherwise.
 */
export function GET({ url }) {
	const v = valueOr400(parseFinderParams(url.searchParams));
	if (v instanceof Response) return v;
	const results = findHelp(getDb(), { lat: v.lat, lon: v.lon }, v, v.limite);
	return json({
		lieux: results.map((r) => ({
			id: r.lieu.id,
			nom: r.lieu.nom,
			type: r.lieu.kind,
			itinerant: r.lieu.itinerant === 1,
			adresse: r.lieu.adresse,
			code_postal: r.lieu.code_postal,
			commune: r.lieu.commune,
			code_insee: r.lieu.code_insee,
			lat: r.lieu.lat,
			lon: r.lieu.lon,
			distance_m: r.distanceM,
			trajet: r.trajet,
			ouverture: { etat: r.ouverture.kind, texte: r.ouverture.text },
			horaires: r.lieu.horaires,
			telephone: r.lieu.telephone,
			services: r.lieu.services ? r.lieu.services.split('|') : [],
			source: r.lieu.source,
			date_maj: r.lieu.date_maj
		}))
	});
}
