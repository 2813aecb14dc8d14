// The health endpoint and the exports of a whole territory, streamed. Written to pass on the
// 3-département database as on the national one: a région's export is compared with the exports
// of its built départements, whichever they are.
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');

/** The départements of Provence-Alpes-Côte d'Azur (R93), built or not. */
const R93 = ['04', '05', '06', '13', '83', '84'];

async function text(path: string): Promise<{ status: number; headers: Headers; body: string }> {
	const r = await fetch(baseURL + path);
	// bytes, not r.text(): the commune CSV starts with a BOM that text() would drop
	return {
		status: r.status,
		headers: r.headers,
		body: Buffer.from(await r.arrayBuffer()).toString('utf8')
	};
}

/** The exports of R93's built départements (a 404 is a département the database lacks). */
async function builtDepartements(path: (dep: string) => string) {
	const out: { dep: string; body: string }[] = [];
	for (const dep of R93) {
		const r = await text(path(dep));
		if (r.status === 404) continue;
		expect(r.status, dep).toBe(200);
		out.push({ dep, body: r.body });
	}
	expect(out.length).toBeGreaterThan(0);
	return out;
}

describe('GET /api/sante', () => {
	it('says the server is up, which data it serves and since when', async () => {
		const r = await fetch(baseURL + '/api/sante');
		expect(r.status).toBe(200);
		expect(r.headers.get('cache-control')).toBe('no-store');
		const body = await r.json();
		expect(body.statut).toBe('ok');
		expect(Date.parse(body.donnees.construite_le)).not.toBeNaN();
		expect(body.donnees.modifiee_le >= body.donnees.construite_le).toBe(true);
		expect(body.donnees.departements).toBeTruthy();
		expect(body.donnees.schema).toBeGreaterThanOrEqual(5);
		expect(Number.isInteger(body.donnees.version)).toBe(true);
		expect(body.demarre_depuis_s).toBeGreaterThanOrEqual(0);
	});
});

describe('exports of a région, streamed', () => {
	it('commune CSV of R93: the rows of its départements, each against its own average', async () => {
		const region = await text('/api/communes.csv?territoire=R93');
		expect(region.status).toBe(200);
		expect(region.headers.get('content-length')).toBeNull(); // streamed, length unknown
		expect(region.headers.get('content-disposition')).toContain('communes-R93.csv');
		const parts = await builtDepartements((d) => `/api/communes.csv?departement=${d}`);
		const lines = (csv: string) => csv.slice(1).split('\r\n');
		const [header] = lines(parts[0].body);
		expect(region.body.startsWith('\uFEFF')).toBe(true);
		expect(lines(region.body)).toEqual([header, ...parts.flatMap((p) => lines(p.body).slice(1))]);
	});

	it('commune GeoJSON of R93 with the analysis parameters, compressed as it streams', async () => {
		const q = 'reference=epci&seuil_km=15';
		const r = await fetch(`${baseURL}/api/communes.geojson?territoire=R93&${q}`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(r.status).toBe(200);
		expect(r.headers.get('content-encoding')).toBe('gzip');
		const fc = await r.json();
		const parts = await builtDepartements((d) => `/api/communes.geojson?departement=${d}&${q}`);
		const features = parts.flatMap((p) => JSON.parse(p.body).features);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toEqual(features);
		expect(fc.features.every((f: { geometry: unknown }) => f.geometry)).toBe(true);
	});

	it('help points of R93 in the national schema, CSV and JSON', async () => {
		const csv = await text('/api/lieux.csv?territoire=R93');
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-disposition')).toContain('lieux-mediation-numerique-R93.csv');
		const parts = await builtDepartements((d) => `/api/lieux.csv?departement=${d}`);
		const [header, ...rows] = csv.body.trimEnd().split('\n');
		expect(header).toBe(parts[0].body.split('\n')[0]);
		expect(rows.sort()).toEqual(parts.flatMap((p) => p.body.trimEnd().split('\n').slice(1)).sort());
		const json = JSON.parse((await text('/api/lieux.json?territoire=R93')).body);
		expect(json.length).toBe(rows.length);
	});

	it('an EPCI keeps its own communes and places', async () => {
		const epci = await text('/api/communes.csv?territoire=200068625');
		expect(epci.status).toBe(200);
		const rows = epci.body.slice(1).split('\r\n').slice(1);
		const dep = (await text('/api/communes.csv?departement=04')).body.slice(1).split('\r\n');
		const name = rows[0].split(';')[2];
		expect(rows.length).toBeGreaterThan(10);
		expect(rows).toEqual(dep.filter((l) => l.split(';')[2] === name));
		const lieux = JSON.parse((await text('/api/lieux.json?territoire=200068625')).body);
		expect(lieux.length).toBeGreaterThan(0);
		const codes = new Set(rows.map((l) => l.split(';')[0]));
		for (const l of lieux) expect(codes.has(l.code_insee), l.nom).toBe(true);
	});

	it.each([
		['/api/communes.csv?territoire=XX', 400, /territoire/],
		['/api/lieux.json?territoire=R99', 404, /R99/],
		['/api/lieux.csv', 400, /territoire/]
	])('%s answers %i in French', async (path, status, message) => {
		const r = await fetch(baseURL + path);
		expect(r.status).toBe(status);
		expect((await r.json()).error).toMatch(message);
	});
});
