// `npm run soak [-- --seconds 60 --connections 100]`: load and soak test of the main API routes on
// loopback (not part of npm test). Reports errors (must be 0), p99 latency, and the server's
// memory before and after (growth must stay under 10 %).
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../src/lib/server/build/build-database';
import { startServer } from './bench/server';

const arg = (name: string, def: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : def;
};
const seconds = arg('seconds', 60);
const connections = arg('connections', 100);

const rss = (pid: number) => {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) / 1024 : NaN;
};

const dir = mkdtempSync(join(tmpdir(), 'maillage-soak-'));
const db =
	process.env.MAILLAGE_DB && existsSync(process.env.MAILLAGE_DB)
		? process.env.MAILLAGE_DB
		: join(dir, 'soak.sqlite');
if (!existsSync(db)) {
	console.log('Construction d’une base 04, 03, 40…');
	buildDatabase({ departements: ['04', '03', '40'], out: db });
}
const server = await startServer(db, 4800 + Math.floor(Math.random() * 90));
const pid = server.proc.pid as number;
let seed = 3;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const paths = [
	() =>
		`/api/lieux/proches?lat=${(43.6 + rnd() * 3).toFixed(4)}&lon=${(-1 + rnd() * 8).toFixed(4)}`,
	() => '/api/territoires/04',
	() =>
		`/api/territoires/${['04', '03', '40'][Math.floor(rnd() * 3)]}/couverture?seuil_km=${5 + Math.floor(rnd() * 4) * 5}`,
	() =>
		`/api/communes/recherche?q=${['dig', 'mont', 'saint', '04000', 'vich'][Math.floor(rnd() * 5)]}`,
	() => '/api/communes.csv?departement=04'
];
try {
	// Warm-up at full load, so that caches, indexes and the heap reach their working size before
	// the "before" reading: growth after that is what a leak would show.
	await new Promise((r) =>
		autocannon(
			{
				url: server.url,
				connections,
				duration: 15,
				requests: [
					{ setupRequest: (req) => ({ ...req, path: paths[Math.floor(rnd() * paths.length)]() }) }
				]
			},
			r
		)
	);
	const idle = rss(pid);
	console.log(
		`Charge : ${connections} connexions pendant ${seconds} s sur ${paths.length} routes…`
	);
	const samples: number[] = [];
	const timer = setInterval(() => samples.push(Math.round(rss(pid))), 10_000);
	const result = await new Promise<autocannon.Result>((resolve, reject) =>
		autocannon(
			{
				url: server.url,
				connections,
				duration: seconds,
				requests: [
					{ setupRequest: (req) => ({ ...req, path: paths[Math.floor(rnd() * paths.length)]() }) }
				]
			},
			(err, res) => (err ? reject(err) : resolve(res))
		)
	);
	clearInterval(timer);
	await new Promise((r) => setTimeout(r, 2000));
	const after = rss(pid);
	// Growth is measured from the first reading under load (heap at working size) to the end.
	const before = samples[0] ?? idle;
	console.log(
		`mémoire : ${idle.toFixed(0)} Mo après l’échauffement ; pendant la charge (toutes les 10 s) : ${samples.join(', ')} Mo`
	);
	const growth = ((after - before) / before) * 100;
	console.log(
		`requêtes : ${result.requests.total}, débit moyen ${Math.round(result.requests.average)} req/s`
	);
	console.log(
		`erreurs : ${result.errors}, délais dépassés : ${result.timeouts}, réponses non-2xx : ${result.non2xx}`
	);
	console.log(`latence p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
	console.log(
		`mémoire du serveur : ${before.toFixed(0)} Mo sous charge à 10 s, ${after.toFixed(0)} Mo à la fin (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)`
	);
	const ok = result.errors === 0 && result.non2xx === 0 && result.timeouts === 0 && growth < 10;
	console.log(ok ? 'OK : 0 erreur, mémoire stable.' : 'ÉCHEC : voir ci-dessus.');
	process.exitCode = ok ? 0 : 1;
} finally {
	server.proc.kill();
	rmSync(dir, { recursive: true, force: true });
}
