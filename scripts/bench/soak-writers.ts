// Writers that `npm run soak -- --pendant import|televersement` runs while the read load goes on:
// command-line imports (import, then undo, in a loop), or planner uploads of the biggest file
// the upload page accepts.
import { spawn, spawnSync } from 'node:child_process';
import { UPLOAD_LIMITS } from '../../src/lib/server/import/import-jobs';

/** A `lieux` file of `rows` help points in Digne-les-Bains (04070): each one is a new point. */
export function bigLieuxCsv(rows: number, tag: string): string {
	const out = [
		'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj'
	];
	for (let i = 0; i < rows; i++)
		out.push(
			`${tag}-${i},Atelier ${i},Digne-les-Bains,04000,04070,Place ${i},44.09,6.23,Accès internet et matériel informatique,2026-10-01`
		);
	return out.join('\n') + '\n';
}

/** The rows of the biggest upload accepted: the row cap, short rows to stay under 20 MB. */
export function biggestUploadCsv(): string {
	const out = ['id,nom,code_insee,services'];
	for (let i = 0; i < UPLOAD_LIMITS.maxRows; i++)
		out.push(`up-${i},Point ${i},04070,Accès internet et matériel informatique`);
	return out.join('\n') + '\n';
}

function runCli(args: string[], db: string): Promise<{ code: number | null; out: string }> {
	return new Promise((done) => {
		const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
			env: { ...process.env, MAILLAGE_DB: db }
		});
		let out = '';
		p.stdout.on('data', (d) => (out += d));
		p.stderr.on('data', (d) => (out += d));
		p.on('exit', (code) => done({ code, out }));
	});
}

/** Import `file` with `npm run import`, undo it, again, until `stop()`; durations in seconds. */
export async function importLoop(db: string, file: string, stop: () => boolean) {
	const runs: { import: number; undo: number; ok: boolean }[] = [];
	while (!stop()) {
		const t0 = performance.now();
		const imp = await runCli([file, '--type', 'lieux'], db);
		const t1 = performance.now();
		const id = /Import n° (\d+) enregistré/.exec(imp.out)?.[1];
		const undo = id ? await runCli(['--undo', id], db) : { code: 1, out: '' };
		runs.push({
			import: (t1 - t0) / 1000,
			undo: (performance.now() - t1) / 1000,
			ok: imp.code === 0 && undo.code === 0
		});
		if (!id) console.error(imp.out.slice(-500));
	}
	return runs;
}

/** Create a planner account in `accounts` (the server must be started with it). */
export function addPlanner(accounts: string, email: string, password: string): void {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-add.ts', email], {
		env: { ...process.env, MAILLAGE_ACCOUNTS_DB: accounts, MAILLAGE_PASSWORD: password },
		stdio: 'ignore'
	});
	if (r.status !== 0) throw new Error('user:add a échoué');
}

/** Sign in; returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
	const r = await fetch(url + '/connexion', {
		method: 'POST',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = r.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error(`connexion refusée (${r.status})`);
	return cookie;
}

/** Preview `csv` on the upload page, until `stop()`; statuses and durations in seconds. */
export async function uploadLoop(url: string, cookie: string, csv: string, stop: () => boolean) {
	const runs: { status: number; seconds: number }[] = [];
	while (!stop()) {
		const form = new FormData();
		form.set('type', 'lieux');
		form.set('fichier', new Blob([csv], { type: 'text/csv' }), 'televersement.csv');
		const t0 = performance.now();
		const r = await fetch(url + '/planificateur/import?/previsualiser', {
			method: 'POST',
			headers: { origin: url, cookie },
			body: form
		});
		await r.arrayBuffer();
		runs.push({ status: r.status, seconds: (performance.now() - t0) / 1000 });
	}
	return runs;
}
