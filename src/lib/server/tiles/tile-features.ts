/**
 * The GeoJSON the national tiles are cut from, one collection per tile layer: each territory
 * with its name, population, the values the map colours by and its parents (for the
 * breadcrumbs); commune names at their representative points; help points with what their
 * popup says. Pure: rows in, GeoJSON out.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type {
	LevelValues,
	TileCommuneRow,
	TileDepartementRow,
	TileEpciRow,
	TileHelpPointRow,
	TileShapeRow
} from '../db/tiles-data';

/** What every layer reads: the territories without their shapes, their values, région names. */
export interface TileContext {
	departements: TileDepartementRow[];
	epci: TileEpciRow[];
	communes: TileCommuneRow[];
	values: { departement: LevelValues; epci: LevelValues };
	/** Région names by code (`93` → Provence-Alpes-Côte d'Azur). */
	regions: Record<string, string>;
}

type Props = Record<string, string | number>;

/** Values to 3 decimals, as the département map has them: tiles repeat fewer distinct numbers. */
export function roundValues(values: Record<string, number> | undefined): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(values ?? {})) out[k] = Math.round(v * 1000) / 1000;
	return out;
}

/** Drop empty parents: a vector tile property cannot be null. */
function defined(p: Record<string, string | number | null | undefined>): Props {
	const out: Props = {};
	for (const [k, v] of Object.entries(p)) if (v != null && v !== '') out[k] = v;
	return out;
}

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

function shape(geometry: string | null, properties: Props): Feature[] {
	return geometry
		? [{ type: 'Feature', geometry: JSON.parse(geometry) as Geometry, properties }]
		: [];
}

/** A département's name and région (code and name), by département code. */
function parents(ctx: TileContext) {
	const deps = new Map(ctx.departements.map((d) => [d.code, d]));
	return (dep: string | null | undefined) => {
		const d = dep ? deps.get(dep) : undefined;
		return {
			departement: d?.code,
			departement_nom: d?.nom,
			region: d?.region,
			region_nom: d?.region ? ctx.regions[d.region] : null
		};
	};
}

/** Départements: name, population, région, values. */
export function departementLayer(ctx: TileContext): FeatureCollection {
	const parent = parents(ctx);
	return collection(
		ctx.departements.flatMap((d) => {
			const { region, region_nom } = parent(d.code);
			return shape(
				d.geometry,
				defined({
					code: d.code,
					nom: d.nom,
					population: d.population,
					region,
					region_nom,
					...roundValues(ctx.values.departement.get(d.code))
				})
			);
		})
	);
}

/** EPCI: name, population, main département and its région, values. */
export function epciLayer(ctx: TileContext, shapes: TileShapeRow[]): FeatureCollection {
	const parent = parents(ctx);
	const main = mainDepartements(ctx.communes);
	const epcis = new Map(ctx.epci.map((e) => [e.code, e]));
	return collection(
		shapes.flatMap((s) => {
			const e = epcis.get(s.code);
			if (!e) return [];
			return shape(
				s.geometry,
				defined({
					code: e.code,
					nom: e.nom,
					population: e.population,
					...parent(main.get(e.code)),
					...roundValues(ctx.values.epci.get(e.code))
				})
			);
		})
	);
}

/** Communes: name, population, département, EPCI and région, values. */
export function communeLayer(
	ctx: TileContext,
	shapes: TileShapeRow[],
	values: LevelValues
): FeatureCollection {
	const parent = parents(ctx);
	const communes = new Map(ctx.communes.map((c) => [c.code, c]));
	const epciNames = new Map(ctx.epci.map((e) => [e.code, e.nom]));
	return collection(
		shapes.flatMap((s) => {
			const c = communes.get(s.code);
			if (!c) return [];
			return shape(
				s.geometry,
				defined({
					code: c.code,
					nom: c.nom,
					population: c.population,
					...parent(c.departement),
					epci: c.epci,
					epci_nom: c.epci ? (epciNames.get(c.epci) ?? null) : null,
					...roundValues(values.get(c.code))
				})
			);
		})
	);
}

/** Commune names at their representative points (the labels). */
export function nameLayer(ctx: TileContext): FeatureCollection {
	return collection(
		ctx.communes.flatMap((c): Feature<Point>[] =>
			c.lat == null || c.lon == null
				? []
				: [
						{
							type: 'Feature',
							geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
							properties: { code: c.code, nom: c.nom, population: c.population }
						}
					]
		)
	);
}

/**
 * The département of each EPCI for its breadcrumbs: the one holding most of its population (an
 * EPCI may straddle two).
 */
export function mainDepartements(
	communes: Pick<TileCommuneRow, 'departement' | 'epci' | 'population'>[]
): Map<string, string> {
	const sums = new Map<string, Map<string, number>>();
	for (const c of communes) {
		if (!c.epci) continue;
		const byDep = sums.get(c.epci) ?? new Map<string, number>();
		byDep.set(c.departement, (byDep.get(c.departement) ?? 0) + c.population);
		sums.set(c.epci, byDep);
	}
	const out = new Map<string, string>();
	for (const [epci, byDep] of sums) {
		const [first] = [...byDep].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		out.set(epci, first[0]);
	}
	return out;
}

/** Help points as GeoJSON points, with the fields their popup reads (map/pick.ts). */
export function helpPointLayer(rows: TileHelpPointRow[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
			properties: defined({
				id: r.id,
				kind: r.kind,
				nom: r.nom,
				commune: r.commune,
				itinerant: r.itinerant,
				approximatif: r.approximatif,
				date_maj: r.date_maj
			})
		}))
	};
}
