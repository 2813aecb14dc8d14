/** The communes' points and contours, for placing imported records (see import/placement.ts). */
import type Database from 'better-sqlite3';
import type { CommunePosition } from '../../import/commune-reference';

/** Every commune of the database with its reference point and contour (parsed GeoJSON). */
export function communePositions(db: Database.Database): CommunePosition[] {
	const rows = db.prepare('SELECT code, lat, lon, geometry FROM communes').all() as {
		code: string;
		lat: number | null;
		lon: number | null;
		geometry: string | null;
	}[];
	return rows.map((r) => ({ ...r, geometry: r.geometry ? JSON.parse(r.geometry) : null }));
}
