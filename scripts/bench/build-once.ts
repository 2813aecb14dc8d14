// Child process of the build benchmark: one build, then its time and peak memory as JSON.
import { buildDatabase } from '../../src/lib/server/build/build-database';

const [deps, out] = process.argv.slice(2);
const t0 = performance.now();
const s = buildDatabase({ departements: deps === 'all' ? null : deps.split(','), out });
console.log(
	JSON.stringify({
		seconds: (performance.now() - t0) / 1000,
		peakMb: process.resourceUsage().maxRSS / 1024,
		communes: s.counts.communes,
		lieux: s.counts.lieux
	})
);
