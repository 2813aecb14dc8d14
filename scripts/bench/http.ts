// HTTP throughput on loopback with autocannon, side by side: each endpoint against the trivial
// /api/sante of the same server, in the same run, rounds interleaved so that the load of the
// machine weighs on all of them alike.
import autocannon from 'autocannon';
import { median, type BenchLine } from './stats';

const ROUNDS = 3;
const SECONDS = 5;
const CONNECTIONS = 10;

function run(opts: autocannon.Options): Promise<autocannon.Result> {
	return new Promise((resolve, reject) =>
		autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)))
	);
}

/** Seeded pseudo-random numbers, so that every run asks the same positions. */
function rng(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The z6 tiles over mainland France and Corsica, asked in turn. */
function tilePaths(): string[] {
	const out: string[] = [];
	for (let x = 30; x <= 33; x++)
		for (let y = 21; y <= 23; y++) out.push(`/api/tuiles/6/${x}/${y}.pbf`);
	return out;
}

interface Target {
	name: string;
	/** Lowest acceptable share of the health endpoint's rate. */
	ratio?: number;
	paths: () => string;
}

export async function benchHttp(base: string): Promise<BenchLine[]> {
	const rnd = rng(7);
	const tiles = tilePaths();
	let t = 0;
	const targets: Target[] = [
		{ name: '/api/sante', paths: () => '/api/sante' },
		{
			name: '/api/lieux/proches (positions aléatoires en France)',
			ratio: 0.5,
			paths: () =>
				`/api/lieux/proches?lat=${(43 + rnd() * 7).toFixed(4)}&lon=${(-1 + rnd() * 8).toFixed(4)}&limite=10`
		},
		{ name: '/api/territoires/04', ratio: 0.8, paths: () => '/api/territoires/04' },
		{ name: '/api/tuiles/6/{x}/{y}.pbf (12 tuiles)', ratio: 0.8, paths: () => tiles[t++ % 12] }
	];
	const lines: BenchLine[] = [];
	const probe = await fetch(base + tiles[0]);
	if (probe.status === 404) {
		lines.push({
			name: 'HTTP tuiles',
			value: 'non mesurée',
			method: `${tiles[0]} répond 404 : les tuiles vectorielles ne sont pas servies par cette version`
		});
		targets.pop();
	}
	const opts = (target: Target): autocannon.Options => ({
		url: base,
		connections: CONNECTIONS,
		requests: [{ setupRequest: (req) => ({ ...req, path: target.paths() }) }]
	});
	for (const target of targets) await run({ ...opts(target), duration: 3 }); // warm-up
	const rates = new Map<Target, number[]>(targets.map((x) => [x, []]));
	const p99 = new Map<Target, number[]>(targets.map((x) => [x, []]));
	const bad = new Map<Target, number>(targets.map((x) => [x, 0]));
	for (let round = 0; round < ROUNDS; round++)
		for (const target of targets) {
			const r = await run({ ...opts(target), duration: SECONDS });
			rates.get(target)?.push(r.requests.average);
			p99.get(target)?.push(r.latency.p99);
			bad.set(target, (bad.get(target) ?? 0) + r.errors + r.non2xx);
		}
	const rate = (x: Target) => median(rates.get(x) ?? []);
	const baseline = rate(targets[0]);
	const method = `autocannon, ${CONNECTIONS} connexions, ${ROUNDS} tours de ${SECONDS} s entrelacés avec les autres adresses (médiane), après 3 s d’échauffement`;
	for (const target of targets) {
		lines.push({
			name: `HTTP ${target.name} : débit`,
			value: `${Math.round(rate(target))} req/s`,
			method: `${method}; p99 ${median(p99.get(target) ?? [])} ms; erreurs et non-2xx ${bad.get(target)}`
		});
		if (target.ratio === undefined) continue;
		const ratio = rate(target) / baseline;
		lines.push({
			name: `HTTP ${target.name.split(' ')[0]} / /api/sante`,
			value: ratio.toFixed(2),
			target: `≥ ${target.ratio}`,
			ok: ratio >= target.ratio && bad.get(target) === 0,
			method: 'rapport des débits médians, même serveur, même exécution'
		});
	}
	return lines;
}
