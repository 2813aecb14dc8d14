// Start the app for the HTTP and browser benchmarks the way `npm start` does (scripts/start.js,
// which rebuilds the app when its sources changed), on a loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchServer {
	url: string;
	proc: ChildProcess;
	/** Resident memory of the server now, and its peak since it started (MB, from /proc). */
	memory(): { rssMb: number; peakMb: number };
	/** Processor time the server has used so far, all threads (ms, from /proc). */
	cpuMs(): number;
	/**
	 * Its start: from listening to the national tiles indexed and the summaries of France and
	 * the régions computed (s), and the tile worker's own figures as it logs them.
	 */
	warm(): { seconds: number; tiles: string | null };
}

/** `accountsDir`: where to keep the planner accounts database (else `$MAILLAGE_ACCOUNTS_DB`). */
export async function startServer(
	db: string,
	port: number,
	accountsDir?: string
): Promise<BenchServer> {
	const proc = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			MAILLAGE_DB: db,
			...(accountsDir ? { MAILLAGE_ACCOUNTS_DB: join(accountsDir, 'comptes.sqlite') } : {}),
			PORT: String(port)
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	// what the server says: when it listens, and how long its tile index took
	let listening = 0;
	let tiles: string | null = null;
	let out = '';
	proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
		out += chunk;
		const lines = out.split('\n');
		out = lines.pop() ?? '';
		for (const line of lines) {
			if (line.startsWith('Maillage :')) listening = performance.now();
			const t = /Tuiles nationales prêtes en (.*)/.exec(line);
			if (t) tiles = t[1];
		}
	});
	const url = `http://127.0.0.1:${port}`;
	const memory = () => {
		const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
		return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
	};
	const cpuMs = () => {
		// fields 14 and 15 of /proc/<pid>/stat: user and system time, in clock ticks (1/100 s)
		const fields = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	};
	// the first start may build the app (a minute or two)
	const t0 = performance.now();
	if (!(await poll(url + '/api/sante', proc, (s) => s === 200))) {
		proc.kill();
		throw new Error('Le serveur n’a pas démarré');
	}
	// then it prepares the national tiles and summaries in the background: measure after that
	for (const path of WARM) await poll(url + path, proc, (s) => s !== 503);
	// …and each région's summary after France's: ask them, which waits for that work
	const france = await fetch(url + '/api/territoires/FR');
	const regions = france.ok ? new Set((await france.text()).match(/"R\d{2}"/g) ?? []) : [];
	for (const r of regions) await fetch(`${url}/api/territoires/${JSON.parse(r)}`);
	const warmS = (performance.now() - (listening || t0)) / 1000;
	await new Promise((r) => setTimeout(r, 3000));
	console.log(`(serveur prêt en ${Math.round((performance.now() - t0) / 1000)} s)`);
	return { url, proc, memory, cpuMs, warm: () => ({ seconds: warmS, tiles }) };
}

/** What the server computes after it starts (a 503 meanwhile, a 404 in versions without it). */
const WARM = ['/api/tuiles/6/32/22.pbf', '/api/territoires/FR'];

async function poll(url: string, proc: ChildProcess, done: (status: number) => boolean) {
	for (let i = 0; i < 1500 && proc.exitCode === null; i++) {
		try {
			if (done((await fetch(url)).status)) return true;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return false;
}
