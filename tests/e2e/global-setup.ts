// End-to-end setup: build a real SQLite database (04, 03, 40) and the app, then serve it on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | null = null;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

export default async function setup(project: TestProject) {
	const dir = join(process.cwd(), 'tests', '.tmp');
	mkdirSync(dir, { recursive: true });
	const db = join(dir, 'e2e.sqlite');
	const env = { ...process.env, MAILLAGE_DB: db };
	if (!process.env.E2E_REUSE_DB)
		run('npx', ['tsx', 'scripts/db-build.ts', '--departements', '04,03,40'], env);
	if (!process.env.E2E_REUSE_BUILD) run('npx', ['vite', 'build', '--logLevel', 'warn'], env);
	const port = 4300 + Math.floor(Math.random() * 500);
	server = spawn('node', ['build/index.js'], {
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseURL = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			const r = await fetch(baseURL + '/api/territoires/04');
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	project.provide('baseURL', baseURL);
	project.provide('dbPath', db);
	return () => {
		server?.kill();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		dbPath: string;
	}
}
