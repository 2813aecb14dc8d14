/** The communes' points and contours, for placing imported records (see import/placement.ts). */
import type Database from 'better-sqlite3';
import type { CommunePosition } from '../../import/commune-reference';
import type { CommuneRow } from '../../types/rows';

/** Every commune of the database with its reference point and contour (parsed GeoJSON). */
export function communePositions(db: Database.Database): CommunePosition[] {
	const rows = db
		.prepare<
			[],
			Pick<CommuneRow, 'code' | 'lat' | 'lon' | 'geometry'>
		>('SELECT code, lat, lon, geometry FROM communes')
		.all();
	return rows.map((r) => ({ ...r, geometry: r.geometry ? JSON.parse(r.geometry) : null }));
}
