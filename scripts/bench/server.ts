// Start the built app on a loopback port for the HTTP and browser benchmarks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function startServer(
	db: string,
	port: number
): Promise<{ url: string; proc: ChildProcess }> {
	if (!existsSync('build/index.js'))
		spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	const proc = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, MAILLAGE_DB: db, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url + '/api/territoires/04')).ok) return { url, proc };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	proc.kill();
	throw new Error('Le serveur n’a pas démarré');
}
