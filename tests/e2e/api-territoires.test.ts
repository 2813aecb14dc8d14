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
