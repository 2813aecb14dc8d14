import type Database from 'better-sqlite3';
import type { Feature, FeatureCollection } from 'geojson';
import {
	communesGeoJson,
	departementBbox,
	epciBbox,
	outlinesGeoJson,
	tourStopsGeoJson
} from '../db/carte';
import { lieuxGeoJson } from '../db/lieux';
import { findTerritory } from '../db/territory-scope';
import type { TerritoryMapData } from '../../types/territory';

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/**
 * The map of a département (its communes, its outline and its EPCI's, its help points and tour
 * stops), or of an EPCI: all its communes even across a border, framed on them, with the
 * outlines of its départements and its own, and the help points and stops of its départements
 * (those just outside count for its coverage). Null for another level or a territory not built:
 * a région and France are drawn from the national vector tiles.
 */
export function territoryMapData(db: Database.Database, code: string): TerritoryMapData | null {
	const t = findTerritory(db, code);
	if (!t || (t.niveau !== 'departement' && t.niveau !== 'epci')) return null;
	if (t.niveau === 'departement') {
		const bbox = departementBbox(db, t.code);
		return (
			bbox && {
				bbox,
				communes: communesGeoJson(db, t.code),
				contours: outlinesGeoJson(db, t.code),
				lieux: lieuxGeoJson(db, t.code),
				arrets: tourStopsGeoJson(db, t.code)
			}
		);
	}
	const bbox = epciBbox(db, t.code);
	if (!bbox) return null;
	const contours: Feature[] = t.departements.flatMap((dep) =>
		outlinesGeoJson(db, dep).features.filter((f) => f.properties?.niveau === 'departement')
	);
	if (t.geometry)
		contours.push({
			type: 'Feature',
			geometry: t.geometry,
			properties: { niveau: 'epci', code: t.code, nom: t.nom }
		});
	const stops = new Set<string>();
	return {
		bbox,
		communes: communesGeoJson(db, t.code, 'epci'),
		contours: collection(contours),
		lieux: collection(t.departements.flatMap((dep) => lieuxGeoJson(db, dep).features)),
		// a stop in one département of a service based in the other is listed by both
		arrets: collection(
			t.departements
				.flatMap((dep) => tourStopsGeoJson(db, dep).features)
				.filter((f) => {
					const key = JSON.stringify([f.id, f.geometry, f.properties?.libelle]);
					return !stops.has(key) && stops.add(key);
				})
		)
	};
}
