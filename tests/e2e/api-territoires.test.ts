import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const get = async (path: string) => {
	const r = await fetch(baseURL + path);
	return { status: r.status, body: await r.json() };
};

describe('GET /api/territoires/{code}', () => {
	it('summarises Alpes-de-Haute-Provence as the roadmap does', async () => {
		const { status, body } = await get('/api/territoires/04');
		expect(status).toBe(200);
		expect(body.code).toBe('04');
		expect(body.nom).toBe('Alpes-de-Haute-Provence');
		expect(body.communes).toBe(198);
		expect(body.ifn_moyen).toBeCloseTo(6.71, 2);
		expect(body.lieux['france-services']).toBe(16);
		expect(body.lieux_itinerants['france-services']).toBe(1);
		const byCode = Object.fromEntries(
			body.epci.map((e: { code: string; ifn_moyen: number }) => [e.code, e])
		);
		// The 9 EPCIs of the roadmap (some straddle into neighbouring départements).
		for (const code of [
			'200034700',
			'200067437',
			'200068625',
			'200068765',
			'200071025',
			'200071033',
			'200072304',
			'240400440',
			'200040624'
		])
			expect(byCode[code], code).toBeDefined();
		expect(byCode['200068625'].ifn_moyen).toBeCloseTo(7.65, 2);
		expect(byCode['200034700'].ifn_moyen).toBeCloseTo(6.26, 2);
		expect(byCode['200068625'].illectronisme).toBe(22);
	});

	it.each([
		['03', 'Allier', 317, 24, 3],
		['40', 'Landes', 327, 20, 3]
	])('answers for %s (%s)', async (code, nom, communes, fs, buses) => {
		const { status, body } = await get(`/api/territoires/${code}`);
		expect(status).toBe(200);
		expect(body.nom).toBe(nom);
		expect(body.communes).toBe(communes);
		expect(body.lieux['france-services']).toBe(fs);
		expect(body.lieux_itinerants['france-services']).toBe(buses);
		expect(body.ifn_moyen).toBeGreaterThan(5);
	});

	it('answers 404 with a JSON error for an unknown code', async () => {
		const { status, body } = await get('/api/territoires/99');
		expect(status).toBe(404);
		expect(body.error).toMatch(/Territoire inconnu/);
	});
});

describe('issue 10: one rule, one distance, in the API', () => {
	it('gives the commune panel the département’s illectronisme the map and the dashboard use', async () => {
		const commune = await get('/api/communes/04173');
		const cov = await get('/api/territoires/04/couverture?indicateur=illectronisme');
		expect(commune.status).toBe(200);
		const ill = commune.body.indicateurs.illectronisme;
		// the source has EPCI rates only for the 04: the mean of its communes' rates
		expect(ill.departement).toBeCloseTo(17.82, 2);
		expect(ill.departement).toBe(cov.body.references.departement);
		expect(commune.body.illectronisme_departement_origine).toBe('moyenne');
		expect(cov.body.references.departementOrigin).toBe('moyenne');
		expect(cov.body.dashboard.aboveAverage.count).toBe(122);
		// the Allier has a rate of its own in the source
		const allier = await get('/api/communes/03190');
		expect(allier.body.indicateurs.illectronisme.departement).toBe(22);
		expect(allier.body.illectronisme_departement_origine).toBe('source');
	});

	it('exports the distance the threshold uses under its name, beyond the threshold for every zone blanche', async () => {
		const r = await fetch(`${baseURL}/api/communes.csv?departement=04`);
		const [header, ...lines] = (await r.text()).slice(1).trim().split('\r\n');
		const cols = header.split(';');
		expect(cols).toContain('distance_route_estimee_km');
		expect(cols).toContain('distance_vol_oiseau_km');
		expect(cols).not.toContain('distance_km');
		const rows = lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [cols[i], v])));
		const zb = rows.filter((row) => row.zone_blanche === '1');
		expect(zb.length).toBeGreaterThan(0);
		for (const row of zb)
			expect(
				Number(row.distance_route_estimee_km.replace(',', '.')),
				row.nom
			).toBeGreaterThanOrEqual(10);
		// Bayons: 7,9 km as the crow flies, 10,3 km by the road estimate, a zone blanche (with the
		// whole country built, Vaumeilh's nearest help is now in the Hautes-Alpes)
		const bayons = rows.find((row) => row.nom === 'Bayons');
		expect(bayons?.zone_blanche).toBe('1');
		expect(bayons?.distance_vol_oiseau_km).toBe('7,9');
		expect(bayons?.distance_route_estimee_km).toBe('10,3');
	});
});
