import type Database from 'better-sqlite3';
import { createNearestIndex, type NearestIndex } from '../../analysis/nearest';
import { declaresDigitalHelp } from '../../analysis/needs';
import { landOf } from '../../analysis/land';
import { openingStateSpan, type OpeningState } from '../../analysis/opening-state';
import { dataVersion } from '../db/data-version';
import { everyLieu, type Lieu } from '../db/lieux';

/** A help point as the finder keeps it in memory: the row, its lists split, its opening state. */
export interface FinderEntry {
	lieu: Lieu;
	services: string[];
	publics: string[];
	frais: string[];
	/** `declaresDigitalHelp`, decided once. */
	declares: boolean;
	/** `landOf` its département (null when it has none). */
	land: string | null;
	/** Its opening state, shared by the places with the same hours in the same département. */
	opening: OpeningMemo;
}

/** The last opening state computed and the interval [from, until) where it holds (epoch ms). */
interface OpeningMemo {
	hours: string | null;
	departement: string | null;
	last: { from: number; until: number; state: OpeningState } | null;
}

/** The kd-tree over every help point and the points themselves, for one data version. */
export interface FinderIndex {
	version: number;
	index: NearestIndex;
	/** The entry of an id: called for every candidate of a search, so an array when ids allow. */
	entry: (id: number) => FinderEntry | undefined;
	/** Every entry, in no particular order (to prepare them all ahead of the searches). */
	entries: FinderEntry[];
	/** Every help point has a département (so a land): the land search needs no filter. */
	allLanded: boolean;
}

const split = (s: string) => (s ? s.split('|') : []);

const cache = new WeakMap<Database.Database, FinderIndex>();

/**
 * The in-memory index of every help point, built at the first query and rebuilt when the data
 * changes (an import, a rebuild): a query then reads no SQL. The whole country (27,000 places)
 * takes about 0.3 s to load and some 30 MB.
 */
export function finderIndex(db: Database.Database): FinderIndex {
	const version = dataVersion(db);
	let c = cache.get(db);
	if (!c || c.version !== version) {
		const rows = everyLieu(db);
		const byId = new Map<number, FinderEntry>();
		// 27,000 places, 6,000 distinct hours per département: each evaluated once, not per place
		const memos = new Map<string, OpeningMemo>();
		for (const lieu of rows) {
			const services = split(lieu.services);
			const key = `${lieu.departement}\u0000${lieu.horaires}`;
			let opening = memos.get(key);
			if (!opening)
				memos.set(
					key,
					(opening = { hours: lieu.horaires, departement: lieu.departement, last: null })
				);
			byId.set(lieu.id, {
				lieu,
				services,
				publics: split(lieu.publics),
				frais: split(lieu.frais),
				declares: declaresDigitalHelp({ kind: lieu.kind, services }),
				land: lieu.departement == null ? null : landOf(lieu.departement),
				opening
			});
		}
		const ids = [...byId.keys()];
		// ids are 1…n in a built database: an array lookup is several times faster than a Map's
		const dense = ids.every((id) => Number.isInteger(id) && id >= 0 && id < 2 * ids.length + 64);
		const array: (FinderEntry | undefined)[] = [];
		if (dense) for (const [id, e] of byId) array[id] = e;
		c = {
			version,
			index: createNearestIndex(rows),
			entry: dense ? (id) => array[id] : (id) => byId.get(id),
			entries: [...byId.values()],
			allLanded: [...byId.values()].every((e) => e.land !== null)
		};
		cache.set(db, c);
	}
	return c;
}

/**
 * `openingState` of a help point at `now` (its département's holidays and time zone), evaluated
 * again only when `now` leaves the interval where the last answer holds (see openingStateSpan):
 * the same answer, without running the hours' rules at every request.
 */
export function openingAt(entry: FinderEntry, now: Date): OpeningState {
	const t = now.getTime();
	const memo = entry.opening;
	const last = memo.last;
	if (last && t >= last.from && t < last.until) return last.state;
	const span = openingStateSpan(memo.hours, now, { departement: memo.departement });
	memo.last = { from: t, until: span.until, state: span.state };
	return span.state;
}
