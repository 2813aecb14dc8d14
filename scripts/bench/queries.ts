// Nearest query and coverage analysis on the whole country, against brute force in the same run.
import Database from 'better-sqlite3';
import { createNearestIndex } from '../../src/lib/analysis/nearest';
import { haversineKm } from '../../src/lib/analysis/geo';
import { computeCoverage } from '../../src/lib/analysis/coverage';
import { DEFAULT_PARAMS } from '../../src/lib/analysis/coverage-params';
import { referenceAverages } from '../../src/lib/analysis/references';
import { coverageCommunes, coveragePoints } from '../../src/lib/server/db/coverage-data';
import { everyLieu } from '../../src/lib/server/db/lieux';
import { listDepartements } from '../../src/lib/server/db/territoires';
import { median, percentile, timeRuns, type BenchLine } from './stats';

/** Seeded pseudo-random numbers, so that every run queries the same points. */
function rng(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export function benchQueries(dbPath: string): BenchLine[] {
	const db = new Database(dbPath, { readonly: true });
	const lines: BenchLine[] = [];
	const points = everyLieu(db);
	const index = createNearestIndex(points);
	const r = rng(42);
	const queries = Array.from({ length: 2000 }, () => ({
		lat: 42.5 + r() * 8,
		lon: -4 + r() * 11.5
	}));
	const times: number[] = [];
	for (const q of queries.slice(0, 200)) index.nearest(q.lat, q.lon, { limit: 10 }); // warm-up
	for (const q of queries) {
		const t0 = performance.now();
		index.nearest(q.lat, q.lon, { limit: 10 });
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const brute = (q: { lat: number; lon: number }) =>
		points
			.map((p) => ({ id: p.id, d: haversineKm(q.lat, q.lon, p.lat, p.lon) }))
			.sort((a, b) => a.d - b.d)
			.slice(0, 10);
	const bruteTimes = timeRuns(() => brute(queries[0]), 1, 1).concat(
		queries.slice(1, 101).map((q) => {
			const t0 = performance.now();
			brute(q);
			return performance.now() - t0;
		})
	);
	const p50 = percentile(times, 50);
	const bruteP50 = median(bruteTimes);
	lines.push(
		{
			name: `plus proches (10) sur ${points.length} lieux : p50`,
			value: `${(p50 * 1000).toFixed(0)} µs`,
			target: '< 1 ms',
			ok: p50 < 1,
			method: `kd-tree, ${queries.length} requêtes aléatoires en France, après 200 d’échauffement`
		},
		{
			name: 'plus proches (10) : p99',
			value: `${(percentile(times, 99) * 1000).toFixed(0)} µs`,
			method: 'idem'
		},
		{
			name: 'plus proches : gain sur un parcours exhaustif',
			value: `${Math.round(bruteP50 / p50)}×`,
			target: '≥ 50×',
			ok: bruteP50 / p50 >= 50,
			method: `médiane du parcours exhaustif (${bruteP50.toFixed(1)} ms, 100 requêtes) / p50 de l’index`
		}
	);

	// Coverage analysis: every commune of France against every help point.
	const deps = listDepartements(db).map((d) => d.code);
	const communes = deps.flatMap((d) => coverageCommunes(db, d));
	const seen = new Set<number>();
	const all = deps
		.flatMap((d) => coveragePoints(db, d, 0))
		.filter((p) => !seen.has(p.id) && seen.add(p.id));
	const refs = referenceAverages(communes, 'ifn');
	const run = () =>
		computeCoverage(communes, all, {
			indicator: 'ifn',
			reference: 'departement',
			references: refs,
			thresholdKm: DEFAULT_PARAMS.seuilKm,
			kinds: null
		});
	const cov = timeRuns(run, 3, 1);
	const m = median(cov);
	lines.push({
		name: `couverture France (${communes.length} communes × ${all.length} lieux)`,
		value: `${(m / 1000).toFixed(2)} s`,
		target: '< 3 s',
		ok: m < 3000,
		method: 'médiane de 3 exécutions après 1 d’échauffement'
	});
	db.close();
	return lines;
}
