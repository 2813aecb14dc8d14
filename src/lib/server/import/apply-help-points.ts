/**
 * Help points of an import → `lieux`, `lieux_sources`, `lieux_rtree` (and, for a new
 * itinerant service, its default service area). A record whose (source, source_id) is already
 * in the database updates its help point; otherwise a new help point is created. A new record
 * is not merged with a point of another source: the next `npm run db:build` does that.
 */
import type Database from 'better-sqlite3';
import { issue } from '../../import/fields';
import { normaliseCommuneName } from '../../analysis/names';
import { IMPORT_LIEUX_SOURCE, type Located } from '../../import/read-import';
import type { HelpPointRecord } from '../../import/types';
import { lieuOfSource, nextId, getRow, sourceKeys, type ChangeLog, type Row } from '../db/imports';
import type { ImportContext, Outcome } from './context';

/** Beyond this distance from its commune's point, a position is not trusted (as in the build). */
const MAX_KM = 30;

function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
	return Math.hypot(x, lat2 - lat1) * 111.2;
}

/** (source, source_id) of a record: `source:id` ids of an export name their original source. */
function sourceOf(r: HelpPointRecord, known: Set<string>): { source: string; sourceId: string } {
	const m = r.sourceId.match(/^([^:]+):(.+)$/);
	if (r.source === IMPORT_LIEUX_SOURCE && m && known.has(m[1]) && m[1] !== IMPORT_LIEUX_SOURCE)
		return { source: m[1], sourceId: m[2] };
	return { source: r.source, sourceId: r.sourceId };
}

/** Apply one located help point; returns what happened to its row. */
export function applyHelpPoint(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	{ line, record: r }: Located<HelpPointRecord>
): Outcome {
	const err = (field: string, message: string) => {
		ctx.issues.push(issue('error', ctx.file, line, field, message));
		return 'rejected' as const;
	};
	const warn = (field: string, message: string) =>
		ctx.issues.push(issue('warning', ctx.file, line, field, message));
	let code = r.codeInsee;
	if (code && !ctx.communes.has(code)) {
		const dep = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
		if (!ctx.deps.has(dep)) return 'skipped';
		return err('code_insee', `Commune « ${code} » inconnue du COG : lieu ignoré.`);
	}
	if (!code && r.codePostal) {
		const byCp = ctx.communesByPostcode.get(r.codePostal) ?? [];
		if (byCp.length === 0) {
			const dep = r.codePostal.slice(0, 2);
			if (!ctx.deps.has(dep === '20' ? '2A' : dep)) return 'skipped';
			return err('code_postal', `Code postal « ${r.codePostal} » inconnu : lieu ignoré.`);
		}
		const wanted = normaliseCommuneName(r.commune ?? '');
		const pick = byCp.find((c) => normaliseCommuneName(c.nom) === wanted) ?? byCp[0];
		code = pick.code;
		const how =
			pick.nom !== byCp[0].nom || byCp.length === 1
				? ''
				: ` (première des ${byCp.length} communes de ce code postal)`;
		warn('code_insee', `Code INSEE déduit du code postal : ${code} ${pick.nom}${how}.`);
	}
	const commune = code ? ctx.communes.get(code) : undefined;
	if (!code || !commune) return err('code_insee', 'Ni code INSEE ni code postal : lieu ignoré.');
	let nomCommune = r.commune;
	const official =
		r.commune && normaliseCommuneName(r.commune) !== normaliseCommuneName(commune.nom)
			? commune.nom
			: null;
	if (official) {
		warn(
			'commune',
			`La commune « ${r.commune} » ne correspond pas au code INSEE ${code} (${official}) : nom du COG retenu.`
		);
		nomCommune = official;
	}
	let { lat, lon, approximate } = r;
	// Only a code given by the file locates the point well enough to overrule its position.
	const far =
		r.codeInsee !== null &&
		lat != null &&
		lon != null &&
		commune.lat != null &&
		commune.lon != null &&
		roughKm(lat, lon, commune.lat, commune.lon) > MAX_KM;
	if (far)
		warn(
			'latitude',
			`Position à plus de ${MAX_KM} km de ${commune.nom} : point de la commune utilisé.`
		);
	if (lat == null || lon == null || far) {
		if (commune.lat == null || commune.lon == null)
			return err('latitude', 'Aucune position pour ce lieu ni pour sa commune : lieu ignoré.');
		lat = commune.lat;
		lon = commune.lon;
		approximate = true;
	}
	const { source, sourceId } = sourceOf(r, ctx.knownSources);
	ensureSource(db, log, ctx, source);
	const values: Row = {
		kind: r.kind,
		nom: r.nom,
		adresse: r.adresse,
		code_postal: r.codePostal,
		code_insee: code,
		commune: nomCommune,
		departement: commune.departement,
		lat,
		lon,
		approximatif: approximate ? 1 : 0,
		itinerant: r.itinerant ? 1 : 0,
		format: r.format,
		telephone: r.telephone,
		courriel: r.courriel,
		site_web: r.siteWeb,
		horaires: r.horaires,
		horaires_brut: r.horairesBrut,
		services: r.services.join('|'),
		publics: r.publics.join('|'),
		frais: r.frais.join('|'),
		prise_rdv: r.priseRdv,
		date_maj: r.dateMaj
	};
	const existing = lieuOfSource(db, source, sourceId);
	if (existing !== null) {
		const lieu = getRow(db, 'lieux', { id: existing }) as Row;
		const newer = r.dateMaj > String(lieu.date_maj);
		// A record dated no later than its point (an export read back) does not move the source's date.
		let changed = log.update('lieux_sources', {
			source,
			source_id: sourceId,
			nom: r.nom,
			...(newer ? { date_maj: r.dateMaj } : {})
		});
		// Only the primary source of a merged point decides what the point shows.
		if (lieu.source !== source) return changed ? 'updated' : 'unchanged';
		changed = log.update('lieux', { id: existing, ...keepKnown(lieu, values, r) }) || changed;
		if (lieu.lat !== lat || lieu.lon !== lon)
			log.update('lieux_rtree', {
				id: existing,
				min_lat: lat,
				max_lat: lat,
				min_lon: lon,
				max_lon: lon
			});
		return changed ? 'updated' : 'unchanged';
	}
	const id = nextId(db, 'lieux');
	log.insert('lieux', { id, ...values, source });
	log.insert('lieux_sources', {
		lieu: id,
		source,
		source_id: sourceId,
		nom: r.nom,
		date_maj: r.dateMaj
	});
	log.insert('lieux_rtree', { id, min_lat: lat, max_lat: lat, min_lon: lon, max_lon: lon });
	if (r.itinerant) {
		// Like the build: an itinerant service serves the communes of its EPCI until a tour says more.
		const members = commune.epci ? (ctx.epciMembers.get(commune.epci) ?? [code]) : [code];
		for (const m of members)
			log.insert('zones_desserte', { lieu: id, code_insee: m, origine: 'epci' });
	}
	return 'imported';
}

const sameSet = (a: unknown, b: unknown) => {
	const set = (v: unknown) =>
		[
			...new Set(
				String(v ?? '')
					.split('|')
					.filter(Boolean)
			)
		]
			.sort()
			.join('|');
	return set(a) === set(b);
};

/**
 * The values to write on an existing point: the file's, except where the file cannot know
 * better than the database (so that importing an export changes nothing):
 *  - a position identical to the stored one keeps its precision flag (the schema has none);
 *  - the France services format (bus, antenne…) and a raw hours text that gave the same OSM
 *    hours are kept; lists with the same values keep their order;
 *  - a record without INSEE code keeps the point's commune; an address that is only the
 *    commune name (how the export fills the required field) is kept;
 *  - a commune name equal to the stored one stays, even when it differs from the COG;
 *  - the update date never goes back.
 */
function keepKnown(lieu: Row, values: Row, r: HelpPointRecord): Row {
	const out = { ...values };
	if (lieu.lat === out.lat && lieu.lon === out.lon) out.approximatif = lieu.approximatif;
	if (out.format === null) out.format = lieu.format;
	if (out.horaires !== null && out.horaires === lieu.horaires)
		out.horaires_brut = lieu.horaires_brut;
	for (const k of ['services', 'publics', 'frais']) if (sameSet(out[k], lieu[k])) out[k] = lieu[k];
	if (r.codeInsee === null) {
		out.code_insee = lieu.code_insee;
		out.commune = r.commune ?? lieu.commune;
		out.departement = lieu.departement;
	}
	// A name the COG check would fix but that the database already holds stays (it was said).
	if (r.commune !== null && r.commune === lieu.commune) out.commune = lieu.commune;
	if (out.adresse === null && lieu.adresse === lieu.commune) out.adresse = lieu.adresse;
	if (String(lieu.date_maj) > String(out.date_maj)) out.date_maj = lieu.date_maj;
	return out;
}

const IMPORT_SOURCES: Record<string, { titre: string; licence: string }> = {
	[IMPORT_LIEUX_SOURCE]: {
		titre: 'Lieux importés par un planificateur (schéma national des lieux de médiation numérique)',
		licence: 'selon le fichier fourni'
	},
	'import-illectronisme': {
		titre: 'Taux d’illectronisme importés par un planificateur',
		licence: 'selon le fichier fourni'
	}
};

/** Add the `sources` row of an import-only source key the first time it is used. */
export function ensureSource(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	key: string
): void {
	if (ctx.knownSources.has(key)) return;
	const info = IMPORT_SOURCES[key] ?? { titre: `Import (${key})`, licence: 'non précisée' };
	log.insert('sources', {
		key,
		titre: info.titre,
		producteur: `Fichier « ${ctx.file} » importé dans Maillage`,
		licence: info.licence,
		date: ctx.date,
		url: ''
	});
	ctx.knownSources = sourceKeys(db);
}
