/** Great-circle distances and the road estimate used by the coverage analysis. */

/** Mean Earth radius in km (IUGG), the one geokdbush uses, so both agree on every distance. */
export const EARTH_RADIUS_KM = 6371;

/**
 * Road distance ≈ crow-flies distance × this factor. Published circuity ("route factor",
 * "coefficient de détour") figures sit between 1.2 and 1.4: about 1.2 for Great Britain
 * (Cooper, 1983), 1.29 (main roads) to 1.36 (rural roads) for Spain (Domínguez-Caamaño, 2016),
 * an average radial detour of 1.34 across 300 European cities (Environment and Planning B, 2023).
 * 1.3 is the middle of that range for rural France; it underestimates in mountain valleys
 * (Alpes-de-Haute-Provence), which is why `CoverageOptions.detourFactor` can change it and a
 * routing engine can later replace the estimate altogether.
 */
export const ROAD_DETOUR_FACTOR = 1.3;

const RAD = Math.PI / 180;

/** Great-circle distance in km between two WGS84 points (haversine formula, spherical Earth). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const sLat = Math.sin(((lat2 - lat1) * RAD) / 2);
	const sLon = Math.sin(((lon2 - lon1) * RAD) / 2);
	const h = sLat * sLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sLon * sLon;
	// min() guards against rounding pushing h just above 1 for antipodal points
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
