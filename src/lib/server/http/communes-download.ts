import type Database from 'better-sqlite3';
import { communesCsvPieces, communesGeoJsonPieces } from '../exports/communes-export';
import { exportRequest } from './params';
import { streamedResponse } from './streamed';

const DOWNLOADS = {
	csv: { pieces: communesCsvPieces, type: 'text/csv; charset=utf-8' },
	geojson: { pieces: communesGeoJsonPieces, type: 'application/geo+json; charset=utf-8' }
};

/**
 * GET /api/communes.csv or .geojson?territoire=…&indicateur… (see exportRequest): the commune
 * table of a territory as a streamed download, or the 400/404 its parameters earn.
 */
export function communesDownload(
	db: Database.Database,
	url: URL,
	format: keyof typeof DOWNLOADS
): Response {
	const req = exportRequest(db, url);
	if (req instanceof Response) return req;
	const { pieces, type } = DOWNLOADS[format];
	return streamedResponse(pieces(db, req.territory, req.params), {
		'content-type': type,
		'content-disposition': `attachment; filename="communes-${req.territory.code}.${format}"`
	});
}
