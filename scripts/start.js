#!/usr/bin/env node
// `npm start`: build the default database if it is missing, build the app if needed, then serve it.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const db = resolve(process.env.MAILLAGE_DB || 'data/maillage.sqlite');
const run = (cmd, args) => {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(db)) {
	console.log(`Base absente (${db}) : construction de la base par défaut (04, 03, 40)…`);
	run('npx', ['tsx', 'scripts/db-build.ts']);
}
if (!existsSync('build/index.js') || process.env.MAILLAGE_REBUILD) {
	console.log('Construction de l’application…');
	run('npx', ['vite', 'build']);
}
const port = process.env.PORT || '3000';
console.log(`Maillage : http://localhost:${port}/ (carte des Alpes-de-Haute-Provence)`);
const server = spawn('node', ['build/index.js'], {
	stdio: 'inherit',
	// Logos (1.5 MB) and planner files (20 MB) exceed adapter-node's default 512 KB body limit.
	env: { BODY_SIZE_LIMIT: '21M', ...process.env, PORT: port, MAILLAGE_DB: db }
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
