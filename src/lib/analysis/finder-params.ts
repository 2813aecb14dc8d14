/**
 * Parameters of the nearest-help query (`/api/lieux/proches` and the finder page): position,
 * number of results and filters. Wrong values are errors in French (the API answers 400).
 */
import { NEEDS, PUBLICS } from './needs';
import type { Parsed } from './coverage-params';

export interface FinderParams {
	lat: number;
	lon: number;
	limite: number;
	/** National schema `services` values: a place must offer one of them. */
	services: string[];
	besoins: string[];
	publics: string[];
	gratuit: boolean;
	ouvertMaintenant: boolean;
	samedi: boolean;
}

const list = (q: URLSearchParams, name: string) =>
	q
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);

/** Read and check the query; `knownServices` are the schema's `services` enum values. */
export function parseFinderParams(
	q: URLSearchParams,
	knownServices: readonly string[]
): Parsed<FinderParams> {
	const lat = Number(q.get('lat'));
	const lon = Number(q.get('lon'));
	if (!q.get('lat') || !q.get('lon') || !Number.isFinite(lat) || !Number.isFinite(lon))
		return {
			ok: false,
			error:
				'Paramètres « lat » et « lon » requis : une latitude et une longitude en degrés décimaux.'
		};
	if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
		return {
			ok: false,
			error: `Position hors limites : lat=${lat}, lon=${lon}. La latitude va de -90 à 90, la longitude de -180 à 180.`
		};
	const limiteRaw = q.get('limite');
	const limite = limiteRaw == null || limiteRaw === '' ? 10 : Number(limiteRaw);
	if (!Number.isInteger(limite) || limite < 1 || limite > 50)
		return {
			ok: false,
			error: `Paramètre « limite » invalide : « ${limiteRaw} ». Un entier de 1 à 50 est attendu.`
		};
	const services = list(q, 'services');
	const badService = services.find((s) => !knownServices.includes(s));
	if (badService)
		return {
			ok: false,
			error: `Service inconnu : « ${badService} ». Valeurs du schéma national attendues, par exemple « Aide aux démarches administratives ».`
		};
	const besoins = list(q, 'besoins');
	const badNeed = besoins.find((b) => !NEEDS.some((n) => n.key === b));
	if (badNeed)
		return {
			ok: false,
			error: `Besoin inconnu : « ${badNeed} ». Valeurs possibles : ${NEEDS.map((n) => n.key).join(', ')}.`
		};
	const publics = list(q, 'publics');
	const badPublic = publics.find((p) => !PUBLICS.some((x) => x.key === p));
	if (badPublic)
		return {
			ok: false,
			error: `Public inconnu : « ${badPublic} ». Valeurs possibles : ${PUBLICS.map((p) => p.key).join(', ')}.`
		};
	const ouvert = q.get('ouvert');
	if (ouvert && ouvert !== 'maintenant')
		return {
			ok: false,
			error: `Paramètre « ouvert » invalide : « ${ouvert} ». Seule la valeur « maintenant » est possible.`
		};
	return {
		ok: true,
		value: {
			lat,
			lon,
			limite,
			services,
			besoins,
			publics,
			gratuit: q.get('gratuit') === '1' || q.get('gratuit') === 'oui',
			ouvertMaintenant: ouvert === 'maintenant',
			samedi: q.get('samedi') === '1' || q.get('samedi') === 'oui'
		}
	};
}
