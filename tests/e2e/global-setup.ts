// End-to-end setup: build the database `npm start` builds (the whole country, by the same command),
// then start the app with scripts/start.js (the `npm start` path: it builds the app when its
// sources changed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import Database from 'better-sqlite3';

let server: ChildProcess | null = null;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

/** The planner account the end-to-end tests sign in with. */
export const PLANNER = { email: 'planif@hub-du-sud.test', password: 'un mot de passe de test' };

/** A help point whose name and address hold HTML, to check that pages show it as text. */
export const HOSTILE_ID = 999_999;
export const HOSTILE_NAME = '<img src=x onerror="window.__xss=1">Atelier <b>numérique</b>';
function insertHostilePoint(path: string) {
	const db = new Database(path);
	db.prepare(
		`INSERT OR REPLACE INTO lieux (id, kind, nom, adresse, code_postal, code_insee, commune, departement, lat, lon,
		 services, date_maj, source) VALUES (?, 'mediation', ?, ?, '04000', '04070', 'Digne-les-Bains', '04', 44.0931, 6.2362,
		 'Aide aux démarches administratives', '2024-01-01', 'hub-du-sud-2023')`
	).run(HOSTILE_ID, HOSTILE_NAME, '<script>window.__xss=2</script> rue');
	db.prepare(
		`INSERT OR REPLACE INTO lieux_sources (lieu, source, source_id, nom, date_maj) VALUES (?, 'hub-du-sud-2023', 'hostile', ?, '2024-01-01')`
	).run(HOSTILE_ID, HOSTILE_NAME);
	db.prepare(
		'INSERT OR REPLACE INTO lieux_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, 44.0931, 44.0931, 6.2362, 6.2362)'
	).run(HOSTILE_ID);
	db.close();
}

/** The environment of a person's shell: without the test runner's own variables. */
function shippedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))
	);
}

export default async function setup(project: TestProject) {
	const dir = join(process.cwd(), 'tests', '.tmp');
	mkdirSync(dir, { recursive: true });
	const db = join(dir, 'e2e.sqlite');
	const accounts = join(dir, 'comptes.sqlite');
	rmSync(accounts, { force: true });
	const env = { ...process.env, MAILLAGE_DB: db, MAILLAGE_ACCOUNTS_DB: accounts };
	run('npx', ['tsx', 'scripts/user-add.ts', PLANNER.email, '--nom', 'Planificatrice'], {
		...env,
		MAILLAGE_PASSWORD: PLANNER.password
	});
	if (!process.env.E2E_REUSE_DB) {
		const t0 = performance.now();
		run('npx', ['tsx', 'scripts/db-build.ts'], env);
		console.log(
			`e2e: base de toute la France en ${((performance.now() - t0) / 1000).toFixed(1)} s`
		);
	}
	insertHostilePoint(db);
	// The app starts exactly as `npm start` does; the tests set only the port and the file paths.
	const port = 4300 + Math.floor(Math.random() * 500);
	server = spawn('node', ['scripts/start.js'], {
		env: { ...shippedEnv(env), PORT: String(port) },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseURL = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 900; i++) {
		if (server.exitCode !== null) throw new Error(`npm start exited (${server.exitCode})`);
		try {
			const r = await fetch(baseURL + '/api/territoires/04');
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	// After startup the server computes France's summary in the background (warmTerritories): a
	// person's first visit shares that work; the tests start once it is done, as a visitor would
	// find the site a minute after `npm start`, not while the first sign-in competes with it.
	const t0 = performance.now();
	const france = await fetch(baseURL + '/api/territoires/FR');
	if (!france.ok) throw new Error(`/api/territoires/FR: ${france.status}`);
	console.log(
		`e2e: serveur prêt (France calculée en ${((performance.now() - t0) / 1000).toFixed(1)} s)`
	);
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
