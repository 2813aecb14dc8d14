// `npm run bench [-- section…]`: every speed and memory figure with its method, printed as one
// table and written to bench/results.json. Sections: build, requetes, http, navigateur, exports,
// scenarios, impression (all by default). The HTTP and browser figures are measured side by side against the
// whole country's database: each endpoint against /api/sante, each map against an empty map.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { benchBuild } from './bench/build';
import { benchQueries } from './bench/queries';
import { benchHttp } from './bench/http';
import { benchBrowser } from './bench/browser';
import { benchExports } from './bench/exports';
import { nationalDatabase } from './bench/national-db';
import { startServer } from './bench/server';
import type { BenchLine } from './bench/stats';

const asked = process.argv.slice(2);
const wanted = (section: string) => asked.length === 0 || asked.includes(section);

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
const results: { section: string; lines: BenchLine[] }[] = [];
const show = (section: string, lines: BenchLine[]) => {
	results.push({ section, lines });
	console.log(`\n== ${section}`);
	for (const l of lines) {
		const verdict = l.ok === undefined ? '' : l.ok ? '  ✓' : '  ✗ hors de la cible';
		console.log(
			`  ${l.name.padEnd(60)} ${l.value.padStart(12)}${l.target ? `  (cible ${l.target})` : ''}${verdict}`
		);
		if (l.method) console.log(`      méthode : ${l.method}`);
	}
};

try {
	if (wanted('build')) show('Construction de la base', benchBuild(dir));
	const france = nationalDatabase(join(dir, 'all.sqlite'));
	show('Base nationale', [
		{ name: 'fichier SQLite de la France entière', value: `${Math.round(france.mb)} Mo` }
	]);
	if (wanted('requetes')) show('Requêtes (France entière)', benchQueries(france.path));
	if (wanted('http') || wanted('navigateur') || wanted('exports')) {
		const server = await startServer(france.path, 4900 + Math.floor(Math.random() * 90), dir);
		const started = server.memory();
		try {
			if (wanted('http'))
				show('HTTP côte à côte (même serveur, même exécution)', await benchHttp(server));
			if (wanted('navigateur'))
				show(
					'Navigateur côte à côte (même serveur, même exécution)',
					await benchBrowser(server.url)
				);
			if (wanted('exports')) show('Exports en flux', await benchExports(server));
			const m = server.memory();
			show('Démarrage et mémoire du serveur', [
				{
					name: 'démarrage : de l’écoute aux tuiles et résumés nationaux prêts',
					value: `${server.warm().seconds.toFixed(1)} s`,
					method: `jusqu’à ce que /api/tuiles, /api/territoires/FR et chaque région répondent; index des tuiles (processus auxiliaire) : ${server.warm().tiles ?? 'pas encore fini'}`
				},
				{
					name: 'serveur (une instance) prêt, avant les mesures : RSS',
					value: `${Math.round(started.rssMb)} Mo`,
					method: 'après le précalcul des tuiles nationales et des résumés de France et des régions'
				},
				{
					name: 'serveur (une instance) après ces mesures : RSS, maximum',
					value: `${Math.round(m.rssMb)} / ${Math.round(m.peakMb)} Mo`,
					method: '/proc/<pid>/status VmRSS et VmHWM du processus scripts/start.js'
				}
			]);
		} finally {
			server.proc.kill();
		}
	}
	if (wanted('scenarios')) {
		const { benchScenarios } = await import('./bench/scenarios');
		const db = new Database(france.path, { readonly: true });
		try {
			show('Scénarios (issue 13)', await benchScenarios(db));
		} finally {
			db.close();
		}
	}
	if (wanted('impression'))
		try {
			const { benchPrint } = await import('./bench/print');
			show('Impression', await benchPrint(france.path));
		} catch (err) {
			console.log(`\n== Impression\n  non mesurée : ${(err as Error).message}`);
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
			sections: asked.length ? asked : 'toutes',
			results
		},
		null,
		'\t'
	)
);
console.log('\nRésultats écrits dans bench/results.json');
