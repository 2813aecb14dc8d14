/**
 * The GeoJSON the national tiles are cut from, one collection per tile layer: each territory
 * with its name, population and the values the map colours by (its breadcrumbs come from the
 * server, see findTerritory); commune names at their representative points; help points with what their
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

/** What every layer reads: the territories without their bigger shapes, and their values. */
export interface TileContext {
	departements: TileDepartementRow[];
	epci: TileEpciRow[];
	communes: TileCommuneRow[];
	values: { departement: LevelValues; epci: LevelValues };
}

type Props = Record<string, string | number>;

/** Values to 3 decimals, as the département map has them: tiles repeat fewer distinct numbers. */
export function roundValues(values: Record<string, number> | undefined): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(values ?? {})) out[k] = Math.round(v * 1000) / 1000;
	return out;
}

/** Drop empty fields: a vector tile property cannot be null. */
function defined(p: Record<string, string | number | null | undefined>): Props {
	const out: Props = {};
	for (const [k, v] of Object.entries(p)) if (v != null && v !== '') out[k] = v;
	return out;
}

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/**
 * One feature per shape of a known territory: its name, population and values (the three
 * levels are alike).
 */
function territoryLayer(
	rows: { code: string; nom: string; population: number }[],
	shapes: TileShapeRow[],
	values: LevelValues
): FeatureCollection {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	return collection(
		shapes.flatMap((s): Feature[] => {
			const t = byCode.get(s.code);
			if (!t || !s.geometry) return [];
			const properties = defined({
				code: t.code,
				nom: t.nom,
				population: t.population,
				...roundValues(values.get(t.code))
			});
			return [{ type: 'Feature', geometry: JSON.parse(s.geometry) as Geometry, properties }];
		})
	);
}

/** Départements: name, population, values. */
export function departementLayer(ctx: TileContext): FeatureCollection {
	return territoryLayer(ctx.departements, ctx.departements, ctx.values.departement);
}

/** EPCI: name, population, values. */
export function epciLayer(ctx: TileContext, shapes: TileShapeRow[]): FeatureCollection {
	return territoryLayer(ctx.epci, shapes, ctx.values.epci);
}

/** Communes: name, population, values. */
export function communeLayer(
	ctx: TileContext,
	shapes: TileShapeRow[],
	values: LevelValues
): FeatureCollection {
	return territoryLayer(ctx.communes, shapes, values);
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
