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
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const memory = () => {
		const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
		return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
	};
	// the first start may build the app (a minute or two)
	for (let i = 0; i < 1500; i++) {
		if (proc.exitCode !== null) break;
		try {
			if ((await fetch(url + '/api/sante')).ok) return { url, proc, memory };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	proc.kill();
	throw new Error('Le serveur n’a pas démarré');
}
