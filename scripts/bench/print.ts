// Print timings: an A4 PDF map sheet of a département and a commune poster, through the same code
// as the endpoints (database → SVG → Chromium → PDF), median of a few runs after a warm-up.
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getDb } from '../../src/lib/server/db/connection';
import { parsePosterParams, parseSheetParams } from '../../src/lib/params/print';
import { printPoster, printSheet } from '../../src/lib/server/print/print-output';
import { closePrintBrowser } from '../../src/lib/server/print/print-browser';
import { printDossier } from '../../src/lib/server/print/dossier-output';
import type { BenchLine } from './build';

const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
	await run(); // warm-up: browser launch, caches
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		await run();
		times.push((performance.now() - t0) / 1000);
	}
	return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/**
 * Median seconds for an A4 PDF sheet of 04 (lieux theme), the poster of Digne-les-Bains and the
 * dossier of 04, on the database at `dbPath` (default: `$MAILLAGE_DB` or data/maillage.sqlite); 04 must be built in it.
 */
export async function benchPrint(dbPath?: string): Promise<BenchLine[]> {
	const db = dbPath ? new Database(dbPath, { readonly: true, fileMustExist: true }) : getDb();
	const ctx = { origin: 'http://localhost:3000', now: new Date() };
	const sheet = parseSheetParams(
		new URLSearchParams('territoire=04&theme=lieux&format=A4-portrait')
	);
	const poster = parsePosterParams(new URLSearchParams('commune=04070'));
	if (!sheet.ok || !poster.ok) throw new Error('paramètres du banc invalides');
	try {
		const s = await median(() => printSheet(db, sheet.value, ctx, 'pdf'));
		const p = await median(() => printPoster(db, poster.value, ctx, 'pdf'));
		// the territorial dossier of 04: summary, coverage, three map sheets, tables, one PDF
		const d = await median(() => printDossier(db, '04', ctx, 'pdf'));
		return [
			{
				name: 'feuille A4 PDF, département 04 (lieux)',
				value: `${s.toFixed(2)} s`,
				target: '< 3 s',
				ok: s < 3
			},
			{
				name: 'affiche de commune PDF (04070)',
				value: `${p.toFixed(2)} s`,
				target: '< 1.5 s',
				ok: p < 1.5
			},
			{
				name: 'dossier de territoire PDF, département 04',
				value: `${d.toFixed(2)} s`,
				target: '< 5 s',
				ok: d < 5
			}
		];
	} finally {
		await closePrintBrowser();
	}
}

// ---- Print under load: 50 connections on the PDF endpoints of a server started as `npm start`

interface Proc {
	pid: number;
	ppid: number;
	rssMb: number;
	chromium: boolean;
}

/** Every process of the tree under `root` (itself included), read from /proc. */
function processTree(root: number): Proc[] {
	const all: Proc[] = [];
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			// proportional set size: Chromium's processes share much of their memory
			const rss =
				/Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${d}/smaps_rollup`, 'utf8')) ??
				/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
			const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
			all.push({
				pid: Number(d),
				ppid,
				rssMb: rss ? Number(rss[1]) / 1024 : 0,
				chromium: /chrom/i.test(cmd)
			});
		} catch {
			/* the process ended meanwhile */
		}
	}
	const tree = new Set([root]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const p of all)
			if (!tree.has(p.pid) && tree.has(p.ppid)) {
				tree.add(p.pid);
				grew = true;
			}
	}
	return all.filter((p) => tree.has(p.pid));
}

/** Memory (MB) and Chromium processes of a process tree. */
function treeFigures(root: number) {
	const t = processTree(root);
	return {
		rssMb: Math.round(t.reduce((s, p) => s + p.rssMb, 0)),
		chromium: t.filter((p) => p.chromium).length
	};
}

/**
 * `connections` clients ask for commune posters and département sheets in PDF for `seconds`
 * (a few hundred distinct outputs, so most miss the cache), on a server started through
 * scripts/start.js. Figures: answers per second, p99, 503s, errors and timeouts, peak memory
 * and Chromium processes of the server's tree, and how long renders go on once clients leave.
 */
export async function benchPrintLoad(
	db: string,
	connections = 50,
	seconds = 30
): Promise<BenchLine[]> {
	const port = 4700 + Math.floor(Math.random() * 90);
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, MAILLAGE_DB: db, PORT: String(port) },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	try {
		for (let i = 0; i < 3000; i++) {
			if (
				await fetch(url + '/api/territoires/04').then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const codes = (await (await fetch(`${url}/api/communes.csv?departement=04`)).text())
			.split('\n')
			.slice(1)
			.map((l) => l.replace(/^\uFEFF/, '').split(';')[0])
			.filter((c) => /^04\d{3}$/.test(c));
		const idle = treeFigures(server.pid as number);
		let seed = 11;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const path = () =>
			rnd() < 0.8
				? `/imprimer/affiche.pdf?commune=${codes[Math.floor(rnd() * codes.length)]}`
				: `/imprimer/carte.pdf?territoire=04&theme=${['lieux', 'ifn', 'zones-blanches'][Math.floor(rnd() * 3)]}&format=${['A4-portrait', 'A4-paysage', 'A3-portrait'][Math.floor(rnd() * 3)]}`;
		let peak = idle;
		const sampler = setInterval(() => {
			const f = treeFigures(server.pid as number);
			peak = {
				rssMb: Math.max(peak.rssMb, f.rssMb),
				chromium: Math.max(peak.chromium, f.chromium)
			};
		}, 500);
		const res = await new Promise<autocannon.Result>((resolve, reject) =>
			autocannon(
				{
					url,
					connections,
					duration: seconds,
					timeout: 30,
					requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }]
				},
				(err, r) => (err ? reject(err) : resolve(r))
			)
		);
		// once the clients are gone, how long do renders go on? (the server's CPU time grows while they do)
		const cpu = () => {
			const t = processTree(server.pid as number);
			let ticks = 0;
			for (const p of t) {
				try {
					const s = readFileSync(`/proc/${p.pid}/stat`, 'utf8');
					const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
					ticks += Number(f[11]) + Number(f[12]);
				} catch {
					/* ended */
				}
			}
			return ticks;
		};
		const t0 = performance.now();
		let last = cpu();
		let busyUntil = 0;
		for (let i = 0; i < 60; i++) {
			await new Promise((r) => setTimeout(r, 500));
			const now = cpu();
			// more than 10 % of a core over half a second: still rendering
			if (now - last > 5) busyUntil = performance.now() - t0;
			last = now;
			if (performance.now() - t0 - busyUntil > 3000) break;
		}
		clearInterval(sampler);
		const after = treeFigures(server.pid as number);
		const busy = res.non2xx;
		const lines: BenchLine[] = [
			{
				name: `impression sous charge : ${connections} connexions, ${seconds} s, PDF (affiches et feuilles)`,
				value: `${res.requests.average.toFixed(1)} req/s`,
				method: `autocannon sur un serveur lancé par scripts/start.js ; ${res['2xx']} réponses 200, ${busy} refus 503 (file pleine, Retry-After), ${res.errors} erreurs réseau ou délais dépassés (30 s) ; ${res['2xx']} rendus servis en ${seconds} s`
			},
			{
				name: 'impression sous charge : latence p99',
				value: `${(res.latency.p99 / 1000).toFixed(1)} s`
			},
			{
				name: 'impression sous charge : erreurs 5xx autres que 503, délais dépassés',
				value: `${res.errors}`,
				target: '0',
				ok: res.errors === 0
			},
			{
				name: 'impression sous charge : mémoire du serveur et de Chromium (pic)',
				value: `${peak.rssMb} MB`,
				method: `somme des PSS (mémoire proportionnelle) de l’arbre de processus ; au repos ${idle.rssMb} MB, après ${after.rssMb} MB`,
				target: '< 1.5 GB',
				ok: peak.rssMb < 1536
			},
			{
				name: 'impression sous charge : processus Chromium (pic)',
				value: `${peak.chromium}`,
				method: `processus « chrom* » de l’arbre ; au repos ${idle.chromium}, après ${after.chromium}`,
				target: '≤ 12',
				ok: peak.chromium <= 12
			},
			{
				name: 'impression : rendus poursuivis après le départ des clients',
				value: `${(busyUntil / 1000).toFixed(1)} s`,
				method: 'temps CPU de l’arbre échantillonné toutes les 0,5 s après la fin de la charge',
				target: '< 5 s',
				ok: busyUntil < 5000
			}
		];
		return lines;
	} finally {
		server.kill('SIGTERM');
	}
}

if (process.argv[1]?.endsWith('bench/print.ts') && process.argv.includes('--load')) {
	const arg = (name: string, def: number) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? Number(process.argv[i + 1]) : def;
	};
	const db = process.env.MAILLAGE_DB || 'data/maillage.sqlite';
	for (const l of await benchPrintLoad(db, arg('connections', 50), arg('seconds', 30)))
		console.log(
			`${l.name.padEnd(80)} ${l.value.padStart(12)}${l.target ? `  (cible ${l.target})` : ''}${l.method ? `\n    ${l.method}` : ''}`
		);
}
