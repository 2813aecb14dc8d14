import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, openDatabase } from '$lib/server/db/connection';
import { runJob, UPLOAD_LIMITS } from '$lib/server/import/import-jobs';

const dir = mkdtempSync(join(tmpdir(), 'maillage-jobs-'));
const dbPath = join(dir, 'jobs.sqlite');
createDatabase(dbPath).close();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER =
	'name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total';
const ifn = (rows: number) =>
	new TextEncoder().encode(
		[
			HEADER,
			...Array.from({ length: rows }, (_, i) => `E${i},epci,${200000000 + i},7,9,4,9,5,6.8`)
		].join('\n')
	);
const job = (bytes: Uint8Array, dryRun = true) =>
	runJob({
		op: 'import',
		dbPath,
		options: { bytes, file: 'ifn.csv', type: 'ifn', dryRun, maxRows: UPLOAD_LIMITS.maxRows }
	});

describe('planner imports in a worker thread', () => {
	it('checks a file and sends the report back', async () => {
		const r = await job(ifn(3));
		expect(r.ok && 'report' in r && r.report.counts).toMatchObject({ read: 3, skipped: 3 });
	}, 60_000);

	it('keeps the request thread free while a big file is checked', async () => {
		const bytes = ifn(150_000);
		let last = performance.now();
		let worst = 0;
		const tick = setInterval(() => {
			const now = performance.now();
			worst = Math.max(worst, now - last);
			last = now;
		}, 10);
		const r = await job(bytes);
		clearInterval(tick);
		expect(r.ok && 'report' in r && r.report.counts.read).toBe(150_000);

		// Checking 150 000 rows takes seconds; the event loop never stops for more than a moment.
		expect(worst).toBeLessThan(500);
	}, 120_000);

	it('leaves no big WAL behind a preview that wrote (then rolled back) many rows', async () => {
		const db = openDatabase(dbPath);
		const st = db.prepare(
			"INSERT OR IGNORE INTO epci (code, nom, population, source) VALUES (?, 'E', 1, 'cog')"
		);
		db.transaction(() => {
			db.exec(
				"INSERT OR IGNORE INTO sources (key, titre, producteur, licence, date, url) VALUES ('cog', 'COG', 'INSEE', 'LO', '2025', ''), ('ifn-epci-2023', 'IFN', 'MedNum', '-', '2023', '')"
			);
			for (let i = 0; i < 5000; i++) st.run(String(200000000 + i));
		})();
		const server = openDatabase(dbPath, { readOnly: true }); // kept open, as the server's
		const r = await job(ifn(5000));
		if (!r.ok || !('report' in r)) throw new Error(JSON.stringify(r));
		expect(r.report.counts.imported).toBe(5000);
		expect(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0).toBe(0);
		server.close();
		db.exec('DELETE FROM epci');
		db.close();
	}, 60_000);

	it('refuses a file over the row cap with a French message, before parsing it', async () => {
		const r = await job(ifn(UPLOAD_LIMITS.maxRows + 1));
		if (!r.ok || !('report' in r)) throw new Error('expected a report');
		expect(r.report.applied).toBe(false);
		expect(r.report.issues[0].message).toMatch(/^Fichier trop long : 200\s001 lignes de données/);
	}, 60_000);

	it('refuses a file that needs more memory than the worker has', async () => {
		const saved = UPLOAD_LIMITS.maxHeapMb;
		UPLOAD_LIMITS.maxHeapMb = 32;
		try {
			const r = await job(ifn(150_000));
			expect(r).toMatchObject({ ok: false, status: 413 });
			expect(!r.ok && r.error).toMatch(/trop lourd/);
		} finally {
			UPLOAD_LIMITS.maxHeapMb = saved;
		}
	}, 60_000);

	it('runs one job at a time and turns away a burst', async () => {
		const all = await Promise.all([1, 2, 3, 4].map(() => job(ifn(10))));
		expect(all.filter((r) => r.ok)).toHaveLength(3);
		expect(all[3]).toMatchObject({ ok: false, status: 503 });
	}, 60_000);
});
