import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetchPlan, slugify } from '$lib/import/fetch-plan';
import { fetchSources } from '$lib/server/sources/fetch-sources';
import { itMaps } from '../../helpers/table';

let server: Server;
let base = '';
const served: string[] = [];
const root = mkdtempSync(join(tmpdir(), 'maillage-fetch-'));

beforeAll(async () => {
	server = createServer((req, res) => {
		served.push(req.url ?? '');
		if (req.url?.includes('liste-fs')) {
			res.writeHead(404);
			res.end('absent');
			return;
		}
		res.writeHead(200, { 'content-type': 'text/plain' });
		res.end(`contenu de ${req.url}`);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.close();
	rmSync(root, { recursive: true, force: true });
});

describe('data:fetch', () => {
	itMaps('slugifies %s as the contours repository does', slugify, [
		['Alpes-de-Haute-Provence', 'alpes-de-haute-provence'],
		["Côtes-d'Armor", 'cotes-d-armor'],
		['Corse-du-Sud', 'corse-du-sud'],
		['La Réunion', 'la-reunion']
	]);

	it('plans the single files plus both contour files per département', () => {
		const plan = fetchPlan([{ code: '04', nom: 'Alpes-de-Haute-Provence' }]);
		expect(plan.map((p) => p.path)).toContain('ifn/ifn-commune-2023.csv');
		expect(plan.map((p) => p.path)).toContain(
			'contours/communes-04-alpes-de-haute-provence.geojson'
		);
		expect(plan.every((p) => p.url.startsWith('https://'))).toBe(true);
	});

	it('downloads into the sources folder from a local server and reports failures', async () => {
		const plan = fetchPlan([{ code: '04', nom: 'Alpes-de-Haute-Provence' }], base);
		const progress: number[] = [];
		const report = await fetchSources(plan, root, (done) => progress.push(done));
		expect(progress.at(-1)).toBe(plan.length);
		expect(report.failed.map((f) => f.path)).toEqual(['france-services/liste-fs-20240801.csv']);
		expect(report.failed[0].message).toMatch(/HTTP 404/);
		const ifn = readFileSync(join(root, 'ifn', 'ifn-commune-2023.csv'), 'utf8');
		expect(ifn).toBe(
			'contenu de /inclusion-numerique/stack/f834ffa01171899e8efc38eb0864174b42a29482/apps/web/public/data/ifn-city-all-variation.csv'
		);
		expect(
			existsSync(join(root, 'contours', 'departement-04-alpes-de-haute-provence.geojson'))
		).toBe(true);
		expect(existsSync(join(root, 'france-services', 'liste-fs-20240801.csv'))).toBe(false);
		expect(served.length).toBe(plan.length);
	});
});
