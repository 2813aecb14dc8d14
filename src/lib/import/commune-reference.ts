/**
 * The communes a record can be placed in, indexed for the placement rule (`placement.ts`):
 * every current commune of the COG with its postcodes, the codes and names that lead to it
 * (former communes, delegated and associated communes, municipal arrondissements), and, for the
 * communes whose position is known (those of the database, or of the build), their reference
 * point and contour. The build and the importer both make theirs with `communeReference`, from
 * the same COG and the same stored shapes, so they place every record alike.
 */
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { haversineKm } from '../analysis/geo';
import { normaliseCommuneName } from '../analysis/names';
import type { CogCommuneRaw } from './cog';

/** A current commune of the COG. */
export interface ReferenceCommune {
	code: string;
	nom: string;
	departement: string;
	codesPostaux: string[];
}

/** Where a commune is: its reference point and its contour (either may be unknown). */
export interface CommunePosition {
	code: string;
	lat: number | null;
	lon: number | null;
	geometry: Polygon | MultiPolygon | null;
}

/** The communes index the placement reads; make one with `communeReference`. */
export interface CommuneReference {
	/** The current commune of a current, former, delegated or associated code or arrondissement. */
	current(code: string): ReferenceCommune | null;
	/** Current communes whose name, or the name of one of their delegated communes, is this one. */
	named(name: string): string[];
	/** Current communes served by a postcode (Corsica's 20xxx go to 2A or 2B as the table says). */
	withPostcode(postcode: string): string[];
	/**
	 * Communes at a position: the one whose contour contains it (where several communes share
	 * a shape, the one whose point is nearest), else those without a contour whose point is
	 * within `nearKm`.
	 */
	at(lat: number, lon: number, nearKm: number): string[];
	/** A commune's reference point, when its position is known. */
	point(code: string): { lat: number; lon: number } | null;
}

/** Grid cell size in degrees for the contour index: a handful of communes per cell. */
const CELL = 0.1;

/** A COG entry with the fields the reference reads beyond `CogCommuneRaw`. */
type CogEntry = CogCommuneRaw & { codesPostaux?: string[]; chefLieu?: string };

/** The COG part of a reference: codes, names and postcodes (make it once, it does not change). */
export interface CogIndex {
	communes: Map<string, ReferenceCommune>;
	alias: Map<string, string>;
	byName: Map<string, string[]>;
	byPostcode: Map<string, string[]>;
}

/** Index `cog`, the `communes.json` array of decoupage-administratif, for `communeReference`. */
export function cogIndex(cog: readonly CogCommuneRaw[]): CogIndex {
	const communes = new Map<string, ReferenceCommune>();
	const alias = new Map<string, string>();
	const byName = new Map<string, string[]>();
	const byPostcode = new Map<string, string[]>();
	const add = (m: Map<string, string[]>, key: string, code: string) => {
		const list = m.get(key);
		if (!list) m.set(key, [code]);
		else if (!list.includes(code)) list.push(code);
	};
	for (const c of cog as readonly CogEntry[]) {
		if (c.type !== 'commune-actuelle' || !c.departement) continue;
		const codesPostaux = c.codesPostaux ?? [];
		communes.set(c.code, { code: c.code, nom: c.nom, departement: c.departement, codesPostaux });
		add(byName, normaliseCommuneName(c.nom), c.code);
		for (const cp of codesPostaux) add(byPostcode, cp, c.code);
		for (const a of c.anciensCodes ?? []) alias.set(a, c.code);
	}
	// Delegated and associated communes lead to their parent, arrondissements to their commune.
	for (const c of cog as readonly CogEntry[]) {
		const parent = c.type === 'arrondissement-municipal' ? c.commune : c.chefLieu;
		if (c.type === 'commune-actuelle' || !parent || !communes.has(parent)) continue;
		if (!communes.has(c.code) && !alias.has(c.code)) alias.set(c.code, parent);
		add(byName, normaliseCommuneName(c.nom), parent);
	}
	return { communes, alias, byName, byPostcode };
}

/**
 * The reference for the COG and the positions known for some of its communes. Positions of
 * codes that are not current communes are ignored.
 */
export function communeReference(
	{ communes, alias, byName, byPostcode }: CogIndex,
	positions: Iterable<CommunePosition>
): CommuneReference {
	const points = new Map<string, { lat: number; lon: number }>();
	const shapes: { code: string; box: number[]; geometry: Polygon | MultiPolygon }[] = [];
	const grid = new Map<string, number[]>();
	const bare: string[] = [];
	for (const p of positions) {
		if (!communes.has(p.code)) continue;
		if (p.lat != null && p.lon != null) points.set(p.code, { lat: p.lat, lon: p.lon });
		if (!p.geometry) {
			bare.push(p.code);
			continue;
		}
		const box = bbox(p.geometry);
		shapes.push({ code: p.code, box, geometry: p.geometry });
		for (let x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x++)
			for (let y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y++) {
				const key = `${x}:${y}`;
				const list = grid.get(key);
				if (list) list.push(shapes.length - 1);
				else grid.set(key, [shapes.length - 1]);
			}
	}

	return {
		current: (code) => communes.get(code) ?? communes.get(alias.get(code) ?? '') ?? null,
		named: (name) => byName.get(normaliseCommuneName(name)) ?? [],
		withPostcode: (cp) => byPostcode.get(cp) ?? [],
		at(lat, lon, nearKm) {
			const inside: string[] = [];
			for (const i of grid.get(`${Math.floor(lon / CELL)}:${Math.floor(lat / CELL)}`) ?? []) {
				const { code, box, geometry } = shapes[i];
				if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
				if (booleanPointInPolygon([lon, lat], geometry) && !inside.includes(code))
					inside.push(code);
			}
			if (inside.length > 1) {
				// A shape shared by several communes (re-created since 2018): the nearest point.
				const km = (code: string) => {
					const p = points.get(code);
					return p ? haversineKm(lat, lon, p.lat, p.lon) : Infinity;
				};
				const best = Math.min(...inside.map(km));
				if (best < Infinity) return inside.filter((code) => km(code) === best);
			}
			if (inside.length) return inside;
			return bare.filter((code) => {
				const p = points.get(code);
				return p !== undefined && haversineKm(lat, lon, p.lat, p.lon) <= nearKm;
			});
		},
		point: (code) => points.get(code) ?? null
	};
}

/**
 * The départements a record's code or postcode name by their first digits, for a record whose
 * commune is unknown (Corsica's 20 names both 2A and 2B; overseas, three digits).
 */
export function claimedDepartements(r: {
	codeInsee: string | null;
	codePostal: string | null;
}): string[] {
	const prefix = (s: string) => (s.startsWith('97') ? s.slice(0, 3) : s.slice(0, 2).toUpperCase());
	const out = new Set<string>();
	if (r.codeInsee) out.add(prefix(r.codeInsee));
	if (r.codePostal) {
		const p = prefix(r.codePostal);
		for (const d of p === '20' ? ['2A', '2B'] : [p]) out.add(d);
	}
	return [...out];
}
