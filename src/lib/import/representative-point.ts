/**
 * A commune's representative point: the reference point of the communes 2024 file (postal base,
 * about the centroid) when known, else a point guaranteed to lie on its shape.
 */
import { pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from './csv';
import { issue, padInsee } from './fields';
import type { ImportIssue, ParseResult } from './types';

export interface CommunePoint {
	code: string;
	lat: number;
	lon: number;
}

export interface RepresentativePoint extends CommunePoint {
	/** 'csv': communes-france-2024-latlng.csv; 'shape': turf pointOnFeature of the shape. */
	source: 'csv' | 'shape';
}

const num = (s: string | undefined) => {
	const t = (s ?? '').trim().replace(',', '.');
	return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/**
 * Parse `communes-france-2024-latlng.csv`: one point per commune (rows with commune_type 'COM';
 * the first wins when a commune has several postal codes), or per municipal arrondissement with
 * `type` 'ARM'. Rows without coordinates are skipped with a warning, out-of-range coordinates
 * with an error.
 */
export function parseCommunePoints(
	text: string,
	file: string,
	type: 'COM' | 'ARM' = 'COM'
): ParseResult<CommunePoint> {
	const csv = parseCsv(text, file);
	const issues: ImportIssue[] = [...csv.issues];
	const records: CommunePoint[] = [];
	const seen = new Set<string>();
	for (const { line, data } of csv.rows) {
		if ((data.commune_type ?? '').trim() !== type) continue;
		const code = padInsee(data.insee_com);
		if (!code) {
			const msg = `Code INSEE « ${data.insee_com ?? ''} » invalide, ligne ignorée.`;
			issues.push(issue('error', file, line, 'insee_com', msg));
			continue;
		}
		if (seen.has(code)) continue;
		const lat = num(data.lat);
		const lon = num(data.lng);
		if (lat === null || lon === null) {
			const msg = `Pas de coordonnées pour ${code} : le point sera pris sur son contour.`;
			issues.push(issue('warning', file, line, lat === null ? 'lat' : 'lng', msg));
			continue;
		}
		if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			const msg = `Coordonnées impossibles pour ${code} (${lat}, ${lon}), ligne ignorée.`;
			issues.push(issue('error', file, line, 'lat', msg));
			continue;
		}
		seen.add(code);
		records.push({ code, lat, lon });
	}
	return { records, issues };
}

/**
 * Representative point per commune: the CSV point when present, else pointOnFeature of the
 * commune's shape. Communes with neither are listed in `missing`.
 */
export function representativePoints(
	communes: { code: string }[],
	points: CommunePoint[],
	shapes: { code: string; geometry: Polygon | MultiPolygon }[]
): { points: RepresentativePoint[]; missing: string[] } {
	const byCode = new Map(points.map((p) => [p.code, p]));
	const shapeOf = new Map(shapes.map((s) => [s.code, s.geometry]));
	const out: RepresentativePoint[] = [];
	const missing: string[] = [];
	for (const { code } of communes) {
		const p = byCode.get(code);
		const geometry = shapeOf.get(code);
		if (p) out.push({ code, lat: p.lat, lon: p.lon, source: 'csv' });
		else if (geometry) {
			const [lon, lat] = pointOnFeature(geometry).geometry.coordinates;
			out.push({ code, lat, lon, source: 'shape' });
		} else missing.push(code);
	}
	return { points: out, missing };
}
