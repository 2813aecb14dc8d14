/** Brute-force coverage and random fixtures: the independent answers the index is checked against. */
import type {
	CommuneCoverage,
	CoverageCommune,
	CoverageOptions,
	CoveragePoint
} from '../../../src/lib/analysis/coverage';
import { haversineKm } from '../../../src/lib/analysis/geo';
import { random } from '../../helpers/random';

/** Every commune against every point, no index, straight from the definition. */
export function bruteCoverage(
	communes: CoverageCommune[],
	points: CoveragePoint[],
	o: CoverageOptions
): CommuneCoverage[] {
	const factor = o.detourFactor ?? 1.3;
	const counted = (p: CoveragePoint) => o.kinds === null || o.kinds.includes(p.kind);
	const mobile = (p: CoveragePoint) => p.itinerant && (p.serves ?? []).length > 0;
	return communes.map((c) => {
		const value = c.values[o.indicator] ?? null;
		let ref: number | null = o.references.france;
		if (o.reference === 'departement') ref = o.references.departement[c.departement] ?? null;
		if (o.reference === 'epci') ref = c.epci ? (o.references.epci[c.epci] ?? null) : null;
		if (o.reference === 'region') ref = c.region ? (o.references.region?.[c.region] ?? null) : null;
		const ecart = value === null || ref === null ? null : value - ref;
		const served = points.some((p) => mobile(p) && counted(p) && p.serves!.includes(c.code));
		const out: CommuneCoverage = {
			code: c.code,
			value,
			referenceValue: ref,
			ecart,
			nearest: null,
			nearestByKind: {},
			withinThreshold: 0,
			servedByItinerant: served,
			zoneBlanche: false
		};
		if (c.lat === null || c.lon === null) return out;
		for (const p of points) {
			if (mobile(p)) continue;
			const crowKm = haversineKm(c.lat, c.lon, p.lat, p.lon);
			const d = { id: p.id, crowKm, roadKm: crowKm * factor };
			const k = out.nearestByKind[p.kind];
			if (!k || crowKm < k.crowKm) out.nearestByKind[p.kind] = d;
			if (!counted(p)) continue;
			if (!out.nearest || crowKm < out.nearest.crowKm)
				out.nearest = { ...d, nom: p.nom, kind: p.kind };
			if (crowKm * factor <= o.thresholdKm) out.withinThreshold++;
		}
		out.zoneBlanche = ecart !== null && ecart > 0 && out.withinThreshold === 0 && !served;
		return out;
	});
}

export const KINDS = ['bibliotheque', 'france-services', 'mediation'];

/** Random communes and points over two départements and two régions, with gaps, nulls and itinerant services. */
export function randomFixture(seed: number, nCommunes = 400, nPoints = 300) {
	const rnd = random(seed);
	const communes: CoverageCommune[] = Array.from({ length: nCommunes }, (_, i) => {
		const lat = 43.5 + rnd() * 1.5;
		const dep = lat < 44.2 ? '04' : '05';
		return {
			code: `${dep}${String(i).padStart(3, '0')}`,
			nom: `Commune ${i}`,
			departement: dep,
			// régions cut across the départements, so that the two references differ
			region: lat < 43.9 ? '93' : '84',
			epci: rnd() < 0.1 ? null : `E${Math.floor(rnd() * 6)}`,
			population: Math.floor(rnd() ** 3 * 5000),
			lat: rnd() < 0.02 ? null : lat,
			lon: 5 + rnd() * 2,
			values: { ifn: rnd() < 0.05 ? null : 60 + rnd() * 80, illectronisme: 10 + rnd() * 10 }
		};
	}).map((c) => (c.lat === null ? { ...c, lon: null } : c));
	const points: CoveragePoint[] = Array.from({ length: nPoints }, (_, i) => {
		const itinerant = rnd() < 0.05;
		const serves = communes.filter(() => rnd() < 0.03).map((c) => c.code);
		return {
			id: 1000 + i,
			kind: KINDS[Math.floor(rnd() ** 2 * KINDS.length)],
			nom: `Lieu ${i}`,
			lat: 43.3 + rnd() * 1.9,
			lon: 4.8 + rnd() * 2.4,
			itinerant,
			serves: itinerant && rnd() < 0.8 ? serves : undefined
		};
	});
	return { communes, points };
}
