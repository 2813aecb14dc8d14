// `npm run bench [filter]`: every speed and memory figure with its method, printed as one table
// and written to bench/results.json. Runs in a few minutes on a 2-core machine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBuild } from './bench/build';
import { benchQueries } from './bench/queries';
import { benchHttp } from './bench/http';
import { benchBrowser } from './bench/browser';
import { startServer } from './bench/server';
import type { BenchLine } from './bench/stats';

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
const results: { section: string; lines: BenchLine[] }[] = [];
const show = (section: string, lines: BenchLine[]) => {
	results.push({ section, lines });
	console.log(`\n== ${section}`);
	for (const l of lines) {
		const verdict = l.ok === undefined ? '' : l.ok ? '  ✓' : '  ✗ au-delà de la cible';
		console.log(
			`  ${l.name.padEnd(60)} ${l.value.padStart(12)}${l.target ? `  (cible ${l.target})` : ''}${verdict}`
		);
		if (l.method) console.log(`      méthode : ${l.method}`);
	}
};

try {
	show('Construction de la base', benchBuild(dir));
	const all = join(dir, 'all.sqlite');
	show('Requêtes (France entière)', benchQueries(all));
	const server = await startServer(all, 4900 + Math.floor(Math.random() * 90));
	try {
		show('HTTP (boucle locale)', await benchHttp(server.url));
		show('Navigateur', await benchBrowser(server.url));
		try {
			const { benchPrint } = await import('./bench/print');
			show('Impression', await benchPrint(all));
		} catch (err) {
			console.log(`\n== Impression\n  non mesurée : ${(err as Error).message}`);
		}
	} finally {
		server.proc.kill();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
mkdirSync('bench', { recursive: true });
writeFileSync(
	'bench/results.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: `${process.platform} ${process.arch}, node ${process.version}`,
			results
		},
		null,
		'\t'
	)
);
console.log('\nRésultats écrits dans bench/results.json');
