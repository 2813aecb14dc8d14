// `npm run soak [-- --seconds 60 --connections 100]`: load and soak test of the main API routes on
// loopback (not part of npm test). Reports errors (must be 0), p99 latency, and the server's
// memory before and after (growth must stay under 10 %).
// `-- --pendant import [--lignes 50000]`: the same reads while `npm run import` imports then
// undoes a big file in a loop; `-- --pendant televersement`: while a planner uploads the biggest
// file the upload page accepts. Both require 0 errors and p99 under 1 s for the reads.
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../src/lib/server/build/build-database';
import { startServer } from './bench/server';
import {
	addPlanner,
	bigLieuxCsv,
	biggestUploadCsv,
	importLoop,
	signIn,
	uploadLoop
} from './bench/soak-writers';

const arg = (name: string, def: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : def;
};
const seconds = arg('seconds', 60);
const connections = arg('connections', 100);
const during = (() => {
	const i = process.argv.indexOf('--pendant');
	return i > 0 ? process.argv[i + 1] : null;
})();
if (during && !['import', 'televersement'].includes(during))
	throw new Error('--pendant import | televersement');

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
const PLANNER = { email: 'soak@maillage.test', password: 'mot de passe du soak' };
if (during === 'televersement') {
	process.env.MAILLAGE_ACCOUNTS_DB = join(dir, 'comptes.sqlite');
	process.env.BODY_SIZE_LIMIT = '21M'; // as `npm start`
	addPlanner(process.env.MAILLAGE_ACCOUNTS_DB, PLANNER.email, PLANNER.password);
}
const port = 4800 + Math.floor(Math.random() * 90);
// Form posts are checked against the origin (adapter-node assumes https without it).
if (during === 'televersement') process.env.ORIGIN = `http://127.0.0.1:${port}`;
const server = await startServer(db, port);
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
	let peak = 0;
	const peakTimer = setInterval(() => (peak = Math.max(peak, rss(pid))), 500);
	let loadDone = false;
	const writer =
		during === 'import'
			? (() => {
					const file = join(dir, 'gros-lieux.csv');
					writeFileSync(file, bigLieuxCsv(arg('lignes', 50_000), 'soak'));
					return importLoop(db, file, () => loadDone);
				})()
			: during === 'televersement'
				? signIn(server.url, PLANNER.email, PLANNER.password).then((cookie) =>
						uploadLoop(server.url, cookie, biggestUploadCsv(), () => loadDone)
					)
				: null;
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
	loadDone = true;
	clearInterval(timer);
	// The last write started before the end of the load finishes (its reads were measured).
	const writes = writer ? await writer : null;
	clearInterval(peakTimer);
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
	if (writes) {
		console.log(`pendant ${during} : ${JSON.stringify(writes)}`);
		console.log(`mémoire maximale du serveur pendant la charge : ${peak.toFixed(0)} Mo`);
	}
	const ok =
		result.errors === 0 &&
		result.non2xx === 0 &&
		result.timeouts === 0 &&
		(writes ? result.latency.p99 < 1000 : growth < 10);
	console.log(ok ? 'OK : 0 erreur, mémoire stable.' : 'ÉCHEC : voir ci-dessus.');
	process.exitCode = ok ? 0 : 1;
} finally {
	server.proc.kill();
	rmSync(dir, { recursive: true, force: true });
}
