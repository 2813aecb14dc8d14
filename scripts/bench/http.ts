// HTTP throughput on loopback with autocannon, bounded in time and request count.
import autocannon from 'autocannon';
import type { BenchLine } from './stats';

function run(opts: autocannon.Options): Promise<autocannon.Result> {
	return new Promise((resolve, reject) =>
		autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)))
	);
}

export async function benchHttp(base: string): Promise<BenchLine[]> {
	const lines: BenchLine[] = [];
	let seed = 7;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const targets: [string, autocannon.Options][] = [
		[
			'/api/lieux/proches (positions aléatoires)',
			{
				url: base,
				requests: [
					{
						setupRequest: (req) => ({
							...req,
							path: `/api/lieux/proches?lat=${(43 + rnd() * 7).toFixed(4)}&lon=${(-1 + rnd() * 8).toFixed(4)}&limite=10`
						})
					}
				]
			}
		],
		['/api/territoires/04', { url: base + '/api/territoires/04' }]
	];
	for (const [name, opts] of targets) {
		await run({ ...opts, connections: 10, duration: 3 }); // warm-up
		const r = await run({ ...opts, connections: 10, duration: 10, amount: 50_000 });
		lines.push({
			name: `HTTP ${name} : débit`,
			value: `${Math.round(r.requests.average)} req/s`,
			method: `autocannon, 10 connexions, 10 s (≤ 50 000 requêtes), après 3 s d’échauffement; erreurs ${r.errors}, non-2xx ${r.non2xx}`
		});
		lines.push({
			name: `HTTP ${name} : latence p99`,
			value: `${r.latency.p99} ms`,
			method: 'idem'
		});
	}
	return lines;
}
