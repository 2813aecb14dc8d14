import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const get = async (path: string) => {
	const r = await fetch(baseURL + path);
	return { status: r.status, body: await r.json() };
};
const post = async (body: unknown) => {
	const r = await fetch(baseURL + '/api/scenarios/evaluer', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: r.status, body: await r.json() };
};

describe('POST /api/scenarios/evaluer', () => {
	it('without a change, gives today’s figures, the territory page’s', async () => {
		const { status, body } = await post({ territoire: '04' });
		expect(status).toBe(200);
		expect(body.after).toEqual(body.before);
		expect(body.changes).toEqual([]);
		const summary = await get('/api/territoires/04');
		expect(body.before.zonesBlanches).toEqual({
			count: summary.body.zones_blanches.communes,
			population: summary.body.zones_blanches.population
		});
		expect(body.before.epci.length).toBeGreaterThan(5);
	});

	it('switching off the places of a kind makes zones blanches; a France services at Oraison covers some back', async () => {
		const cov = await get('/api/territoires/04/couverture?types=conseiller-numerique');
		const ids = [
			...new Set(
				cov.body.communes.flatMap((c: { p: { id: number } | null }) => (c.p ? [c.p.id] : []))
			)
		];
		expect(ids.length).toBeGreaterThan(0);
		const params = { territoire: '04', types: ['conseiller-numerique', 'france-services'] };
		const off = await post({ ...params, retirer: ids });
		expect(off.status).toBe(200);
		expect(off.body.after.zonesBlanches.count).toBeGreaterThan(off.body.before.zonesBlanches.count);
		expect(off.body.changes.length).toBeGreaterThan(0);
		const on = await post({
			...params,
			retirer: ids,
			ajouter: [{ type: 'france-services', commune: '04143' }]
		});
		expect(on.status).toBe(200);
		expect(on.body.after.fragileCovered.population).toBeGreaterThanOrEqual(
			off.body.after.fragileCovered.population
		);
		expect(on.body.addedIds).toEqual([-1]);
	});

	it.each([
		['not JSON', '{', /JSON/],
		['no territory', {}, /« territoire »/],
		['a bad threshold', { territoire: '04', seuil_km: 'loin' }, /« seuil_km »/],
		['a bad kind', { territoire: '04', types: ['cafe'] }, /« types »/],
		['bad ids', { territoire: '04', retirer: ['a'] }, /« retirer »/],
		['France', { territoire: 'FR' }, /« territoire ».*département ou une intercommunalité/],
		['a région', { territoire: 'R93' }, /« territoire »/],
		[
			'a bad site kind',
			{ territoire: '04', ajouter: [{ type: 'x', commune: '04143' }] },
			/« ajouter\[0\]\.type »/
		],
		[
			'a site without place',
			{ territoire: '04', ajouter: [{ type: 'mediation' }] },
			/« ajouter\[0\] »/
		],
		[
			'a site outside',
			{ territoire: '04', ajouter: [{ type: 'mediation', commune: '05061' }] },
			/« ajouter\[0\]\.commune »/
		],
		[
			'a bus stop on a Sunday',
			{
				territoire: '04',
				ajouter: [
					{
						type: 'mediation',
						commune: '04143',
						arrets: ['04143', '04166'],
						jours: [['lundi'], ['dimanche']]
					}
				]
			},
			/« ajouter\[0\]\.jours\[1\] »/
		],
		['an array', [1, 2], /objet JSON/]
	])('refuses %s with a French message naming the field', async (_, body, message) => {
		const r = await post(body);
		expect(r.status).toBe(400);
		expect(r.body.error).toMatch(message);
	});

	it('answers the sites added in words, a bus with its stops and their days', async () => {
		const r = await post({
			territoire: '04',
			ajouter: [
				{
					type: 'mediation',
					commune: '04143',
					arrets: ['04143', '04166'],
					jours: [['jeudi', 'lundi'], []]
				}
			]
		});
		expect(r.status).toBe(200);
		expect(r.body.ajoutes[0].arrets).toEqual([
			{ code: '04143', nom: 'Oraison', jours: ['lundi', 'jeudi'] },
			{ code: '04166', nom: 'Riez', jours: [] }
		]);
	});

	it('answers 404 for a territory not built', async () => {
		const r = await post({ territoire: '99' });
		expect(r.status).toBe(404);
	});
});

describe('GET /api/territoires/{code}/suggestions', () => {
	it('suggests three sites with decreasing gains and the communes they cover', async () => {
		const { status, body } = await get('/api/territoires/04/suggestions?n=3&seuil_km=10');
		expect(status).toBe(200);
		expect(body.sites.length).toBeGreaterThan(0);
		expect(body.sites.length).toBeLessThanOrEqual(3);
		for (let i = 1; i < body.sites.length; i++)
			expect(body.sites[i].gain).toBeLessThanOrEqual(body.sites[i - 1].gain);
		expect(body.sites[0].communes.length).toBeGreaterThan(0);
		expect(body.gain).toBeLessThanOrEqual(body.uncovered.population);
		expect(body.candidats).toMatch(/commune/);
	});

	it('chooses the stops of one bus, all within its reach of one base', async () => {
		const { status, body } = await get('/api/territoires/04/suggestions?n=4&mode=bus&portee_km=30');
		expect(status).toBe(200);
		expect(body.mode).toBe('bus');
		expect(body.bus.porteeKm).toBe(30);
		expect(body.bus.base.code).toMatch(/^04\d{3}$/);
		expect(body.candidats).toMatch(/30 km au plus/);
		const sites = body.sites as { communes: string[]; km: number; gain: number }[];
		expect(sites.length).toBeGreaterThan(0);
		expect(sites.length).toBeLessThanOrEqual(4);
		for (const s of sites) {
			expect(s.communes.length).toBe(1);
			expect(s.km).toBeLessThanOrEqual(30);
		}
		expect(sites.reduce((a, s) => a + s.gain, 0)).toBe(body.gain);
		// based where the planner says: Barcelonnette, its stops near it
		const at = await get('/api/territoires/04/suggestions?n=4&mode=bus&portee_km=30&base=04019');
		expect(at.status).toBe(200);
		expect(at.body.bus.base.nom).toBe('Barcelonnette');
		expect(at.body.gain).toBeLessThanOrEqual(body.gain);
		const outside = await get('/api/territoires/04/suggestions?mode=bus&base=05061');
		expect(outside.status).toBe(400);
		expect(outside.body.error).toMatch(/« base ».*05061.*pas dans le territoire/);
	});

	it('answers for a département or an EPCI, not for France', async () => {
		const fr = await get('/api/territoires/FR/suggestions?n=20');
		expect(fr.status).toBe(400);
		expect(fr.body.error).toMatch(/département ou une intercommunalité/);
		expect((await get('/api/territoires/200068625/suggestions?n=2')).status).toBe(200);
	});

	it.each([
		['?n=0', /« n »/],
		['?n=abc', /« n »/],
		['?mode=train', /« mode »/],
		['?mode=bus&portee_km=0', /« portee_km »/],
		['?mode=bus&base=Digne', /« base »/],
		['?seuil_km=-1', /« seuil_km »/],
		['?types=x', /« types »/]
	])('refuses %s', async (query, message) => {
		const { status, body } = await get(`/api/territoires/04/suggestions${query}`);
		expect(status).toBe(400);
		expect(body.error).toMatch(message);
	});
});
