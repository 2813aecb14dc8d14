import type { Polygon } from 'geojson';

/** A square of side `d` degrees from (lon, lat), counter-clockwise as in RFC 7946. */
export const squarePolygon = (lon: number, lat: number, d: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon, lat],
			[lon + d, lat],
			[lon + d, lat + d],
			[lon, lat + d],
			[lon, lat]
		]
	]
});
