/**
 * Help points of an import → `lieux`, `lieux_sources`, `lieux_rtree` (and, for a new
 * itinerant service, its default service area). A record whose (source, source_id) is already
 * in the database updates its help point; otherwise a new help point is created. A new record
 * is not merged with a point of another source: the next `npm run db:build` does that.
 */
import type Database from 'better-sqlite3';
import { issue } from '../../import/fields';
import { placeRecord, type Placement } from '../../import/placement';
import { defaultServiceArea } from '../../import/service-area';
import type { Located } from '../../import/read-import';
import { IMPORT_LIEUX_SOURCE, IMPORT_SOURCES } from '../../import/sources';
import type { HelpPointRecord } from '../../import/types';
import { existingRow, type ChangeLog, type Row } from '../db/change-log';
import { lieuOfSource, nextId, sourceKeys, type CommuneRef } from '../db/import-lookups';
import type { ImportContext, Outcome } from './context';

/**
 * Where an imported record goes: the placement rule of the build (`placement.ts`) against the
 * COG and the database's communes, or why it is not imported. A record whose commune is in a
 * département the database does not hold is skipped; one that cannot be placed in a built
 * département is rejected, with the reason in French.
 */
export function placeForImport(
	ctx: ImportContext,
	r: HelpPointRecord
):
	| { placement: Placement & { position: NonNullable<Placement['position']> }; commune: CommuneRef }
	| { outcome: 'skipped' | 'rejected'; field: string; message: string } {
	const placement = placeRecord(r, ctx.reference());
	const built = placement.departements.some((d) => ctx.deps.has(d));
	const { code, position, warnings } = placement;
	const commune = code ? ctx.communes.get(code) : undefined;
	if (!commune || !position) {
		const why = warnings.length
			? warnings.map((w) => w.message).join(' ')
			: `Commune ${code} absente de la base.`;
		return {
			outcome: built ? 'rejected' : 'skipped',
			field: warnings.at(-1)?.field ?? 'code_insee',
			message: `${why} Lieu ignoré.`
		};
	}
	return { placement: { ...placement, position }, commune };
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
	const placed = placeForImport(ctx, r);
	if ('outcome' in placed) {
		if (placed.outcome === 'skipped') return 'skipped';
		return err(placed.field, placed.message);
	}
	const { placement, commune } = placed;
	for (const w of placement.warnings) warn(w.field, w.message);
	const code = commune.code;
	const nomCommune = placement.commune;
	const { lat, lon, approximate } = placement.position;
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
		const lieu = existingRow(db, 'lieux', { id: existing });
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
		const epci = commune.epci
			? {
					type: ctx.epciTypes.get(commune.epci) ?? '',
					membres: ctx.epciMembers.get(commune.epci) ?? []
				}
			: null;
		for (const m of defaultServiceArea(code, epci))
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
