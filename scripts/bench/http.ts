// HTTP throughput on loopback with autocannon, side by side: each endpoint against the trivial
// /api/sante of the same server, in the same run, rounds interleaved so that the load of the
// machine weighs on all of them alike.
import autocannon from 'autocannon';
import type { BenchServer } from './server';
import { median, type BenchLine } from './stats';

const ROUNDS = 5;
const SECONDS = 5;
const WARM_UP = 5;
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

/**
 * Each endpoint's rate two ways: requests per second on the clock, and requests per second of
 * the server's processor time (what one saturated core serves; robust on a shared machine where
 * the server gets an unknown and changing share of the cores). The targets are judged on the
 * second; both are printed.
 */
export async function benchHttp(server: BenchServer): Promise<BenchLine[]> {
	const base = server.url;
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
		// as a browser asks: gzip accepted (tiles and JSON above 1 KB then come compressed)
		headers: { 'accept-encoding': 'gzip, deflate, br' },
		requests: [{ setupRequest: (req) => ({ ...req, path: target.paths() }) }]
	});
	for (const target of targets) await run({ ...opts(target), duration: WARM_UP }); // warm-up
	const runs = new Map<Target, { clock: number; cpu: number; p99: number; bad: number }[]>(
		targets.map((x) => [x, []])
	);
	for (let round = 0; round < ROUNDS; round++)
		for (const target of targets) {
			// a pause first: what the previous run left (garbage, queued work) is not counted here
			await new Promise((r) => setTimeout(r, 1000));
			const cpu0 = server.cpuMs();
			const r = await run({ ...opts(target), duration: SECONDS });
			const cpuS = (server.cpuMs() - cpu0) / 1000;
			runs.get(target)?.push({
				clock: r.requests.average,
				cpu: r.requests.total / cpuS,
				p99: r.latency.p99,
				bad: r.errors + r.non2xx
			});
		}
	const med = (x: Target, f: (r: { clock: number; cpu: number; p99: number }) => number) =>
		median((runs.get(x) ?? []).map(f));
	const bad = (x: Target) => (runs.get(x) ?? []).reduce((a, r) => a + r.bad, 0);
	const [health] = targets;
	const method = `autocannon, ${CONNECTIONS} connexions demandant gzip comme un navigateur, ${ROUNDS} tours de ${SECONDS} s entrelacés avec les autres adresses (médianes), après ${WARM_UP} s d’échauffement`;
	for (const target of targets) {
		lines.push({
			name: `HTTP ${target.name}`,
			value: `${Math.round(med(target, (r) => r.cpu))} req/s`,
			method: `par seconde de processeur du serveur (un cœur saturé), tours : ${(runs.get(target) ?? []).map((r) => Math.round(r.cpu)).join(', ')}; à l’horloge ${Math.round(med(target, (r) => r.clock))} req/s; p99 ${med(target, (r) => r.p99)} ms; erreurs et non-2xx ${bad(target)}; ${method}`
		});
		if (target.ratio === undefined) continue;
		const ratio = med(target, (r) => r.cpu) / med(health, (r) => r.cpu);
		const clock = med(target, (r) => r.clock) / med(health, (r) => r.clock);
		lines.push({
			name: `HTTP ${target.name.split(' ')[0]} / /api/sante`,
			value: ratio.toFixed(2),
			target: `≥ ${target.ratio}`,
			ok: ratio >= target.ratio && bad(target) === 0,
			method: `rapport des débits par seconde de processeur, même serveur, même exécution (à l’horloge : ${clock.toFixed(2)})`
		});
	}
	return lines;
}
