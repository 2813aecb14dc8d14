/** What the national map page (`/`) needs from the server: its frames, choices and sources. */
import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS, INDICATORS } from '../../analysis/coverage-params';
import { INDICATOR_INFO, type IndicatorKey } from '../../catalog/indicators';
import type { MapSelection } from '../../map/national-trail';
import { parseMapSelection } from '../../params/map-selection';
import { oneOf, orDefault } from '../../params/parsed';
import { FRANCE, regionCode } from '../../params/territory';
import { dataVersion } from '../db/data-version';
import { listDepartements, sourcesByKeys } from '../db/territoires';
import { findTerritory } from '../db/territory-scope';
import { departementsFrame, outreMerFrames } from '../db/tiles-data';
import { geometryBbox, type Bbox } from '../../analysis/bbox';

export interface NationalMapPage {
	/** Metropolitan France as built (every built département when none is metropolitan). */
	france: Bbox;
	outreMer: { code: string; nom: string; bbox: Bbox }[];
	departements: { code: string; nom: string }[];
	indicator: IndicatorKey;
	/** The territory in the URL, its breadcrumbs and frame; France when absent, unknown or not built. */
	selection: MapSelection & { bbox: Bbox };
	sources: { key: string; titre: string; producteur: string; date: string }[];
}

/** The page data of `/?territoire=…&indicateur=…`, or null when no département is built. */
export function nationalMapPage(db: Database.Database, url: URL): NationalMapPage | null {
	const fixed = nationalFrames(db, dataVersion(db));
	if (!fixed) return null;
	const asked = orDefault(parseMapSelection(url.searchParams), {
		niveau: 'france' as const,
		code: FRANCE
	});
	const found = asked.code === FRANCE ? null : findTerritory(db, asked.code);
	const bbox = !found
		? null
		: found.geometry
			? geometryBbox(found.geometry)
			: departementsFrame(db, found.niveau === 'region' ? regionCode(found.code) : null);
	const selection: NationalMapPage['selection'] =
		found && bbox
			? {
					code: found.code,
					nom: found.nom,
					niveau: found.niveau,
					fil: found.fil,
					departement: found.departements[0] ?? null,
					bbox
				}
			: {
					code: FRANCE,
					nom: 'France',
					niveau: 'france',
					fil: [],
					departement: null,
					bbox: fixed.france
				};
	const indicator = orDefault(
		oneOf(url.searchParams, 'indicateur', INDICATORS, DEFAULT_PARAMS.indicateur),
		DEFAULT_PARAMS.indicateur
	);
	return { ...fixed, indicator, selection };
}

type Frames = Pick<NationalMapPage, 'france' | 'outreMer' | 'departements' | 'sources'>;
let frames: { key: string; value: Frames | null } | null = null;

/** What every view of the page shares, read once per data version (France's frame parses 2 MB). */
function nationalFrames(db: Database.Database, version: number): Frames | null {
	const key = `${db.name}|${version}`;
	if (frames?.key === key) return frames.value;
	const outreMer = outreMerFrames(db);
	const france = departementsFrame(db, null) ?? outreMer[0]?.bbox ?? null;
	const keys = [...new Set(Object.values(INDICATOR_INFO).flatMap((i) => i.sources))];
	const value = france
		? { france, outreMer, departements: listDepartements(db), sources: sourcesByKeys(db, keys) }
		: null;
	frames = { key, value };
	return value;
}
