/** What the national map page (`/`) needs from the server: its frames, choices and sources. */
import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS, INDICATORS } from '../../analysis/coverage-params';
import { INDICATOR_INFO, type IndicatorKey } from '../../catalog/indicators';
import type { MapSelection } from '../../map/national-trail';
import { parseMapSelection } from '../../params/map-selection';
import { oneOf, orDefault } from '../../params/parsed';
import { dataVersion } from '../db/data-version';
import { databasePath } from '../db/connection';
import { listDepartements, sourcesByKeys } from '../db/territoires';
import { outreMerFrames, territoryFrame } from '../db/tiles-data';
import type { Bbox } from './bbox';
import { warmTiles } from './tile-service';

const FRANCE: MapSelection = { niveau: 'france', code: 'FR' };

export interface NationalMapPage {
	/** Metropolitan France as built (every built département when none is metropolitan). */
	france: Bbox;
	outreMer: { code: string; nom: string; bbox: Bbox }[];
	departements: { code: string; nom: string }[];
	indicator: IndicatorKey;
	/** The territory in the URL and its frame; France when absent, unknown or not built. */
	selection: MapSelection & { bbox: Bbox };
	sources: { key: string; titre: string; producteur: string; date: string }[];
}

/**
 * The page data of `/?territoire=…&indicateur=…`, or null when no département is built. Starts
 * building the tile index now, so that it is under way when the map asks for its first tiles.
 */
export function nationalMapPage(db: Database.Database, url: URL): NationalMapPage | null {
	const version = dataVersion(db);
	warmTiles(version, databasePath());
	const fixed = nationalFrames(db, version);
	if (!fixed) return null;
	const asked: MapSelection = orDefault(parseMapSelection(url.searchParams), FRANCE);
	const frame =
		asked.niveau === 'france' ? fixed.france : territoryFrame(db, asked.niveau, asked.code);
	const selection = frame ? { ...asked, bbox: frame } : { ...FRANCE, bbox: fixed.france };
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
	const france = territoryFrame(db, 'france', 'FR') ?? outreMer[0]?.bbox ?? null;
	const keys = [...new Set(Object.values(INDICATOR_INFO).flatMap((i) => i.sources))];
	const value = france
		? { france, outreMer, departements: listDepartements(db), sources: sourcesByKeys(db, keys) }
		: null;
	frames = { key, value };
	return value;
}
