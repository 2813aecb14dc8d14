/**
 * Everything a commune poster needs: the nearest help points of the resident finder's main list
 * (places that declare digital help; itinerant services serving the commune first), their hours
 * in words, phone and next passage, formatted as on screen ($lib/format).
 */
import type Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { describeHours } from '../../analysis/opening-state';
import { formatDate } from '../../labels';
import { kindInfo } from '../../catalog/kinds';
import { communeByCode } from '../finder/commune-search';
import { findHelp } from '../finder/find-help';
import { displayName, formatDistance, formatPhone } from '../../format';
import { communeGeometries } from '../db/territoires';
import { largestCommunes } from '../db/print';
import type { PosterData, PosterEntry } from '../../print/poster-svg';
import type { PosterParams } from '../../print/print-params';
import { THEME_INFO } from '../../print/themes';
import { sourcesFor, type PrintContext } from './print-data';

const POSTER_POINTS = 6;

/** Open days only, joined: "Mardi : 8 h 30 – 12 h 15 ; Jeudi : …". */
export function hoursInWords(
	horaires: string | null,
	now: Date,
	departement: string | null
): string {
	const lines = describeHours(horaires, now, { departement });
	const open = lines.filter((l) => !/: fermé$/.test(l));
	if (open.length === 0) return 'Horaires : se renseigner par téléphone.';
	if (open.length === 1 && !open[0].includes(':'))
		return `${open[0]} : se renseigner par téléphone.`;
	return open.join(' ; ');
}

/**
 * The points a poster shows: services coming to the commune, the nearest France services (the
 * first door for any online procedure), then the nearest others; nearest first after that.
 */
function pickHits<
	T extends { dessertLaCommune: boolean; distanceM: number; lieu: { kind: string } }
>(hits: T[]): T[] {
	const chosen = hits.filter((h) => h.dessertLaCommune).slice(0, 2);
	const fs = hits.find((h) => h.lieu.kind === 'france-services' && !chosen.includes(h));
	if (fs) chosen.push(fs);
	for (const h of hits) if (chosen.length < POSTER_POINTS && !chosen.includes(h)) chosen.push(h);
	const serving = chosen.filter((h) => h.dessertLaCommune);
	const others = chosen
		.filter((h) => !h.dessertLaCommune)
		.sort((a, b) => a.distanceM - b.distanceM);
	return [...serving, ...others];
}

/** The data of a commune poster, or an error in French (unknown commune). */
export function posterData(
	db: Database.Database,
	p: PosterParams,
	ctx: PrintContext
): { ok: true; value: PosterData } | { ok: false; error: string } {
	const c = communeByCode(db, p.commune);
	if (!c || c.lat == null || c.lon == null)
		return { ok: false, error: `Commune « ${p.commune} » introuvable dans la base construite.` };
	// an arrondissement (75111) is served by the itinerant services of its city
	const at = { lat: c.lat, lon: c.lon, commune: c.parent ?? c.code, departement: c.departement };
	// The finder's main list: places that declare digital help (needs.ts, declaresDigitalHelp).
	const hits = pickHits(findHelp(db, at, {}, 30, ctx.now, 'declared'));
	const entries: PosterEntry[] = hits.map((h, i) => ({
		n: i + 1,
		id: h.lieu.id,
		kind: h.lieu.kind,
		itinerant: h.lieu.itinerant === 1,
		nom: displayName(h.lieu.nom),
		quoi: `${kindInfo(h.lieu.kind)?.label ?? h.lieu.kind}${h.lieu.itinerant ? ' itinérant' : ''} · ${
			h.dessertLaCommune
				? h.trajet // « passe dans votre commune », « intervient dans votre intercommunalité »
				: h.lieu.code_insee === c.code
					? `à ${c.nom}`
					: `${formatDistance(h.distanceM)}, ${h.trajet}`
		}`,
		adresse: [h.lieu.adresse, [h.lieu.code_postal, h.lieu.commune].filter(Boolean).join(' ')]
			.filter(Boolean)
			.join(', '),
		horaires: h.lieu.itinerant ? '' : hoursInWords(h.lieu.horaires, ctx.now, h.lieu.departement),
		telephone: formatPhone(h.lieu.telephone, h.lieu.departement)?.text ?? null,
		passage: h.passage
	}));
	const geoms = communeGeometries(db, c.departement);
	const own = geoms.get(c.code);
	const frame: Geometry[] = own ? [own] : [];
	for (const h of hits)
		if (!h.dessertLaCommune || !h.lieu.itinerant)
			frame.push({ type: 'Point', coordinates: [h.lieu.lon, h.lieu.lat] });
	return {
		ok: true,
		value: {
			commune: c.nom,
			bw: p.bw,
			frame,
			communes: [...geoms].map(([code, geometry]) => ({
				code,
				geometry,
				highlight: code === c.code
			})),
			points: hits.map((h, i) => ({
				id: h.lieu.id,
				lon: h.lieu.lon,
				lat: h.lieu.lat,
				kind: h.lieu.kind,
				itinerant: h.lieu.itinerant === 1,
				n: i + 1
			})),
			entries,
			sources: sourcesFor(db, THEME_INFO.lieux.sources),
			printedOn: formatDate(ctx.now.toISOString()),
			liveUrl: `${ctx.origin}/trouver?commune=${encodeURIComponent(c.code)}`,
			// the commune itself first, then its largest neighbours
			towns: [
				{ nom: c.nom, lon: c.lon, lat: c.lat },
				...largestCommunes(db, [c.departement], 400).filter((t) => t.code !== c.code)
			]
		}
	};
}
