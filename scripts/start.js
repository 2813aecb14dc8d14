#!/usr/bin/env node
// `npm start`: build the default database if it is missing, build the app if it is missing or
// older than its sources, then serve it (scripts/serve.js). The end-to-end tests start the app
// through this same file, setting only PORT, MAILLAGE_DB and MAILLAGE_ACCOUNTS_DB.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serve } from './serve.js';

const db = resolve(process.env.MAILLAGE_DB || 'data/maillage.sqlite');
process.env.MAILLAGE_DB = db;
const run = (cmd, args) => {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	if (r.status !== 0) process.exit(r.status ?? 1);
};

/** Newest modification time (ms) of a file or of the files under a folder. */
function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = 0;
	for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
	return max;
}

if (!existsSync(db)) {
	console.log(
		`Base absente (${db}) : construction de la base de toute la France, une seule fois (moins d’une minute)…`
	);
	run('npx', ['tsx', 'scripts/db-build.ts']);
}
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
const built = newest('build/index.js');
if (!built || process.env.MAILLAGE_REBUILD || Math.max(...sources.map(newest)) > built) {
	console.log('Construction de l’application…');
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
const port = Number(process.env.PORT || 3000);
await serve({ port });
const url = process.env.MAILLAGE_URL || `http://localhost:${port}`;
console.log(`Maillage : ${url.replace(/\/+$/, '')}/`);
