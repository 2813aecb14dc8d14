/**
 * Commune, département and EPCI shapes from the COG 2018 contours (gregoiredavid/france-geojson)
 * matched to today's communes. Pure: the caller lists and reads the GeoJSON files.
 */
import { simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { combine, dissolve, edgeDissolve } from './dissolve';

export { combine, dissolve, edgeDissolve };

export type Area = Polygon | MultiPolygon;
/** A feature of a `communes-<dep>-<nom>.geojson` file (COG 2018). */
export type Feature2018 = Feature<Area, { code: string; nom?: string }>;

/**
 * 'exact': the commune's own 2018 shape. 'union': its 2018 shape merged with those of its
 * former communes. 'fallback': an approximation, the 2018 shape of the commune it was part of in
 * 2018 (re-created communes, and that parent itself, whose 2018 shape still covers them).
 */
export type GeomStatus = 'exact' | 'union' | 'fallback';

export interface CommuneShape {
	code: string;
	geometry: Area;
	geomStatus: GeomStatus;
	/** For 'fallback': the other current communes drawn with the same shape. */
	sharedWith?: string[];
}

/**
 * Communes re-created after 2018 → the 2018 code whose shape covered them. COG history
 * (decoupage-administratif keeps no link): Saline 14712 (2017–2019) became Troarn again;
 * Neussargues en Pinatelle 15141 (2017–2019); Essarts-en-Bocage 85084 (2016–2018).
 */
export const RECREATED_FROM: Record<string, string> = {
	'14666': '14712',
	'15031': '15141',
	'15035': '15141',
	'15047': '15141',
	'15171': '15141',
	'85165': '85084',
	'85212': '85084'
};

export interface MergeOptions {
	/** Re-created commune → 2018 parent code; defaults to RECREATED_FROM. */
	recreatedFrom?: Record<string, string>;
	/** 'union' dissolves inner borders (turf union); 'multipolygon' just concatenates parts. */
	merge?: 'union' | 'multipolygon';
}

/**
 * Shapes (unsimplified) of current communes from 2018 features. Returns `missing` for communes
 * with neither a 2018 shape of their own, of a former commune, nor a known 2018 parent.
 */
export function mergeCommuneShapes(
	communes: { code: string; anciensCodes: string[] }[],
	features2018: Feature2018[],
	options: MergeOptions = {}
): { shapes: CommuneShape[]; missing: string[] } {
	const recreated = options.recreatedFrom ?? RECREATED_FROM;
	const merge = options.merge === 'multipolygon' ? combine : dissolve;
	const byCode = new Map<string, Area>();
	for (const f of features2018) if (f.geometry) byCode.set(f.properties.code, f.geometry);

	// 2018 codes that were split: parent code → current communes drawn with its shape
	const current = new Set(communes.map((c) => c.code));
	const splits = new Map<string, string[]>();
	for (const c of communes) {
		const parent = byCode.has(c.code) ? undefined : recreated[c.code];
		if (!parent || !byCode.has(parent)) continue;
		const group = splits.get(parent) ?? (current.has(parent) ? [parent] : []);
		splits.set(parent, [...group, c.code]);
	}

	const shapes: CommuneShape[] = [];
	const missing: string[] = [];
	for (const c of communes) {
		const own = [c.code, ...c.anciensCodes].filter((k) => byCode.has(k));
		const parent = own.length ? undefined : recreated[c.code];
		const group = splits.get(parent ?? c.code);
		if (group) {
			const geometry = byCode.get(parent ?? c.code)!;
			const others = own.slice(1).map((k) => byCode.get(k)!);
			shapes.push({
				code: c.code,
				geometry: others.length ? merge([geometry, ...others]) : geometry,
				geomStatus: 'fallback',
				sharedWith: group.filter((k) => k !== c.code)
			});
		} else if (own.length === 0) {
			missing.push(c.code);
		} else if (own.length === 1 && own[0] === c.code) {
			shapes.push({ code: c.code, geometry: byCode.get(c.code)!, geomStatus: 'exact' });
		} else {
			const geometry = merge(own.map((k) => byCode.get(k)!));
			shapes.push({ code: c.code, geometry, geomStatus: 'union' });
		}
	}
	return { shapes, missing };
}

export interface SimplifyOptions {
	/** Douglas-Peucker tolerance in degrees (0.0007° ≈ 55–75 m in France). */
	tolerance?: number;
	/** Decimals kept (5 ≈ 1 m). */
	precision?: number;
}

function roundRing(ring: Position[], f: number): Position[] {
	const out: Position[] = [];
	for (const [x, y] of ring) {
		const p = [Math.round(x * f) / f, Math.round(y * f) / f];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** Simplifies (turf, highQuality false) and rounds an area, dropping rings that collapse. */
export function simplifyArea(geometry: Area, options: SimplifyOptions = {}): Area {
	const tolerance = options.tolerance ?? 0.0007;
	const f = 10 ** (options.precision ?? 5);
	const s = simplify(geometry, { tolerance, highQuality: false }) as Area;
	const polys = (s.type === 'Polygon' ? [s.coordinates] : s.coordinates)
		.map((p) => p.map((r) => roundRing(r, f)).filter((r) => r.length >= 4))
		.filter((p) => p.length > 0);
	if (polys.length === 0) return geometry; // too small to simplify: keep as is
	return polys.length === 1
		? { type: 'Polygon', coordinates: polys[0] }
		: { type: 'MultiPolygon', coordinates: polys };
}

/** Simplified commune shapes, ready for the browser (see mergeCommuneShapes). */
export function communeShapes(
	communes: { code: string; anciensCodes: string[] }[],
	features2018: Feature2018[],
	options: MergeOptions & SimplifyOptions = {}
): { shapes: CommuneShape[]; missing: string[] } {
	const { shapes, missing } = mergeCommuneShapes(communes, features2018, options);
	return {
		shapes: shapes.map((s) => ({ ...s, geometry: simplifyArea(s.geometry, options) })),
		missing
	};
}

/** Simplified shape of a département from the features of `departement-<dep>-<nom>.geojson`. */
export function departementShape(features: Feature<Area>[], options: SimplifyOptions = {}): Area {
	return simplifyArea(combine(features.map((f) => f.geometry)), options);
}

/**
 * EPCI outlines as the dissolve of their members' shapes, then simplified. Pass the unsimplified
 * shapes from mergeCommuneShapes so shared borders have the same vertices. Default merge 'edges'
 * (dissolve.ts, ~2 s for France); 'union' is turf union (~1 min for France). Members without
 * a shape are skipped; EPCIs with none are left out.
 */
export function epciOutlines(
	epcis: { code: string; membres: string[] }[],
	shapes: { code: string; geometry: Area }[],
	options: SimplifyOptions & { merge?: 'edges' | 'union' | 'multipolygon' } = {}
): { code: string; geometry: Area }[] {
	const merge = { edges: edgeDissolve, union: dissolve, multipolygon: combine }[
		options.merge ?? 'edges'
	];
	const byCode = new Map(shapes.map((s) => [s.code, s.geometry]));
	const out: { code: string; geometry: Area }[] = [];
	for (const e of epcis) {
		const parts = [...new Set(e.membres)].flatMap((m) => byCode.get(m) ?? []);
		if (parts.length) out.push({ code: e.code, geometry: simplifyArea(merge(parts), options) });
	}
	return out;
}

/**
 * The file among `names` holding the shapes of a département: kind 'communes' matches
 * `communes-<dep>-*.geojson`, 'departement' matches `departement-<dep>-*.geojson`.
 */
export function contoursFileFor(
	dep: string,
	names: string[],
	kind: 'communes' | 'departement' = 'communes'
): string | null {
	const prefix = `${kind}-${dep.toUpperCase()}-`;
	return (
		names.find((n) => n.toUpperCase().startsWith(prefix.toUpperCase()) && n.endsWith('.geojson')) ??
		null
	);
}
