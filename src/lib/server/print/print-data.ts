/**
 * Everything a map sheet needs, gathered from the database for a territory and a theme: shapes,
 * values, help points and their numbers, sources with dates, the live address. The SVG itself is
 * drawn by the pure renderers of $lib/print.
 */
import type Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import { coverageQuery } from '../../params/coverage';
import { formatDate, formatNumber } from '../../labels';
import { HELP_KINDS } from '../../catalog/kinds';
import { territoryCoverage } from '../coverage/territory-coverage';
import { outlinesGeoJson } from '../db/carte';
import { communeGeometries } from '../db/territoires';
import {
	allSources,
	indicatorValue,
	lieuxInCommunes,
	largestCommunes,
	lieuxOfDepartement
} from '../db/print';
import { findTerritory, territoryCommuneCodes, type TerritoryScope } from '../db/territory-scope';
import type { SheetParams } from '../../print/print-params';
import { THEME_INFO, type ThemeId } from '../../print/themes';
import type { SheetData, SheetSource } from '../../print/sheet-svg';
import type { MapPoint } from '../../print/map-svg';
import type { ListEntry } from '../../print/list-svg';
import { findHelp } from '../finder/find-help';
import { communePoint } from '../db/communes';
import { shownIndicator } from '../db/published';
import { ORIGIN_LABEL } from '../../analysis/published-value';

export interface PrintContext {
	/** Origin of the live site, e.g. http://localhost:3000. */
	origin: string;
	now: Date;
	/** Data URL of an uploaded logo, for this sheet only. */
	logo?: string | null;
}

/** The "Sources" entries a theme cites (plus contours and COG), with their dates in words. */
export function sourcesFor(db: Database.Database, keys: string[]): SheetSource[] {
	const wanted = [...keys, 'contours', 'cog'];
	return allSources(db)
		.filter((s) => wanted.some((k) => s.key.startsWith(k)))
		.map((s) => ({ titre: s.titre, producteur: s.producteur, date: formatDate(s.date) }));
}

function liveUrl(origin: string, t: TerritoryScope, theme: ThemeId): string {
	const q = new URLSearchParams();
	if (theme === 'zones-blanches') q.set('zb', '1');
	if (theme === 'illectronisme')
		coverageQuery({ ...DEFAULT_PARAMS, indicateur: 'illectronisme' }).forEach((v, k) =>
			q.set(k, v)
		);
	if (t.niveau === 'commune') q.set('commune', t.code);
	const qs = q.toString();
	return `${origin}/territoire/${t.departements[0]}${qs ? `?${qs}` : ''}`;
}

const sortFr = (a: string, b: string) => a.localeCompare(b, 'fr');

/** The data of a map sheet, or an error in French (unknown territory). */
export function sheetData(
	db: Database.Database,
	p: SheetParams,
	ctx: PrintContext
): { ok: true; value: SheetData } | { ok: false; error: string } {
	const t = findTerritory(db, p.territoire);
	if (!t)
		return {
			ok: false,
			error: `Territoire « ${p.territoire} » introuvable dans la base construite.`
		};
	if (t.niveau === 'france' || t.niveau === 'region')
		return {
			ok: false,
			error: `Les cartes et affiches s’impriment pour un département, une intercommunalité ou une commune : « ${t.nom} » est trop grand pour une feuille A4.`
		};
	const inside = new Set(territoryCommuneCodes(db, t));
	// the map shows the communes of the territory's départements, framed on the territory
	const communes: SheetData['communes'] = [];
	const outlines: SheetData['outlines'] = [];
	const frame: Geometry[] = [];
	let zb = 0;
	for (const dep of t.departements) {
		const cov = territoryCoverage(db, dep, {
			...DEFAULT_PARAMS,
			indicateur: p.theme === 'illectronisme' ? 'illectronisme' : 'ifn'
		});
		const geoms = communeGeometries(db, dep);
		cov.communes.forEach((c, i) => {
			const geometry = geoms.get(c.code);
			if (!geometry) return;
			const zoneBlanche = cov.coverage[i].zoneBlanche;
			if (inside.has(c.code)) {
				frame.push(geometry);
				if (zoneBlanche) zb++;
			}
			communes.push({
				code: c.code,
				geometry,
				value: cov.coverage[i].value,
				zoneBlanche,
				inside: inside.has(c.code)
			});
		});
		for (const f of outlinesGeoJson(db, dep).features)
			if (f.geometry)
				outlines.push({
					geometry: f.geometry,
					level: f.properties?.niveau === 'epci' ? 'epci' : 'departement'
				});
	}
	if (t.niveau !== 'departement' && t.geometry)
		outlines.push({ geometry: t.geometry, level: 'territoire' });

	let lieux = (
		t.niveau === 'departement' ? lieuxOfDepartement(db, t.code) : lieuxInCommunes(db, [...inside])
	).map((l) => ({ ...l, itinerant: l.itinerant === 1 }));
	let listNote: string;
	if (t.niveau === 'commune') {
		// a commune: its own places and the nearest ones around, as on the resident finder
		const c = communePoint(db, t.code) ?? { lat: null, lon: null };
		const near =
			c.lat != null && c.lon != null
				? findHelp(db, { lat: c.lat, lon: c.lon, commune: t.code }, {}, 10, ctx.now)
				: [];
		lieux = near.map((h) => ({ ...h.lieu, itinerant: h.lieu.itinerant === 1 }));
		listNote = `Les ${lieux.length} lieux d’aide les plus proches de ${t.nom}, dont les services itinérants qui y passent.`;
	} else {
		// every marker has its number: the list goes on a page of its own when it is long
		listNote = `Les ${lieux.length} lieux d’aide, par commune puis par nom ; le numéro est celui de la carte.`;
	}
	const list: ListEntry[] = lieux
		.slice()
		.sort((a, b) => sortFr(a.commune ?? '', b.commune ?? '') || sortFr(a.nom, b.nom))
		.map((l, i) => ({
			n: i + 1,
			id: l.id,
			kind: l.kind,
			itinerant: l.itinerant,
			nom: l.nom,
			commune: l.commune ?? ''
		}));
	const numberOf = new Map(list.map((e) => [e.id, e.n]));
	const points: MapPoint[] = lieux.map((l) => ({
		id: l.id,
		lon: l.lon,
		lat: l.lat,
		kind: l.kind,
		itinerant: l.itinerant,
		n: p.theme === 'lieux' ? numberOf.get(l.id) : undefined
	}));
	if (p.theme === 'lieux' || t.niveau === 'commune')
		for (const pt of points)
			if (pt.n != null) frame.push({ type: 'Point', coordinates: [pt.lon, pt.lat] });

	const summary: string[] = [];
	const level = t.niveau === 'commune' ? 'commune' : t.niveau;
	const sourceKeys = [...THEME_INFO[p.theme].sources];
	if (p.theme === 'ifn' && t.niveau === 'epci') {
		// the EPCI's IFN as the dashboard and the API show it: published, else computed
		const v = shownIndicator(db, 'epci', t.code, 'ifn');
		const origin = v.origine ? ` (${ORIGIN_LABEL[v.origine]})` : '';
		summary.push(`IFN de l’intercommunalité : ${formatNumber(v.valeur, 2)}${origin}.`);
		if (v.publiee) sourceKeys.push(v.publiee.source);
	} else if (p.theme === 'ifn') {
		const v = indicatorValue(db, level, t.code, 'ifn');
		summary.push(
			`IFN ${t.niveau === 'commune' ? 'de la commune' : 'moyen (pondéré par la population)'} : ${formatNumber(v, 2)}.`
		);
	} else if (p.theme === 'illectronisme') {
		summary.push(
			'Taux de l’échelon le plus fin publié : commune, sinon intercommunalité, sinon département.'
		);
	} else if (p.theme === 'zones-blanches') {
		summary.push(
			`${zb} zone${zb > 1 ? 's' : ''} blanche${zb > 1 ? 's' : ''} sur ${inside.size} commune${inside.size > 1 ? 's' : ''} : IFN au-dessus de la moyenne départementale, aucun lieu d’aide à moins de 10 km par la route ni service itinérant.`
		);
	} else {
		const it = lieux.filter((l) => l.itinerant).length;
		summary.push(
			`${lieux.length} lieux d’aide${it ? `, dont ${it} service${it > 1 ? 's' : ''} itinérant${it > 1 ? 's' : ''}` : ''}.`
		);
	}
	const kindsPresent = HELP_KINDS.filter((k) => lieux.some((l) => l.kind === k));
	return {
		ok: true,
		value: {
			format: p.format,
			theme: p.theme,
			bw: p.bw,
			title: p.titre ?? `${THEME_INFO[p.theme].title} — ${t.nom}`,
			subtitle: p.sousTitre ?? territoryLabel(t),
			frame,
			communes,
			outlines,
			points,
			list: p.theme === 'lieux' ? list : [],
			listNote,
			summary,
			kinds: kindsPresent,
			sources: sourcesFor(db, sourceKeys),
			printedOn: formatDate(ctx.now.toISOString()),
			liveUrl: liveUrl(ctx.origin, t, p.theme),
			logo: ctx.logo ?? null,
			towns: largestCommunes(db, t.departements, 60).filter(
				(c) => t.niveau === 'departement' || inside.has(c.code) || t.niveau === 'commune'
			)
		}
	};
}

function territoryLabel(t: TerritoryScope): string {
	if (t.niveau === 'departement') return `Département ${t.nom} (${t.code})`;
	if (t.niveau === 'epci') return `Intercommunalité ${t.nom}`;
	return `Commune de ${t.nom} (${t.code})`;
}
