import { describe, expect, it } from 'vitest';
import {
	NATIONAL_LEVELS,
	TILE_MAX_ZOOM,
	frameMinZoom,
	levelAtZoom,
	levelBelow,
	tileLayersAt,
	zoomOffset
} from '$lib/map/national-levels';
import { nationalTerritoriesLayer } from '$lib/map/layers/national-territories';
import { clusterTarget } from '$lib/map/layers/national-help-points';
import { dashboardHref, mapHref, trail } from '$lib/map/national-trail';
import { parseMapSelection } from '$lib/params/map-selection';

describe('the levels of the national map', () => {
	it.each([
		[0, 'departement'],
		[5.5, 'departement'],
		[6.99, 'departement'],
		[7, 'epci'],
		[8.9, 'epci'],
		[9, 'commune'],
		[16, 'commune']
	])('colours at zoom %s the %s level', (zoom, niveau) => {
		expect(levelAtZoom(zoom).niveau).toBe(niveau);
	});

	it('go from the coarsest to the finest, each from a higher zoom, all within the tiles', () => {
		const froms = NATIONAL_LEVELS.map((l) => l.from);
		expect(froms).toEqual([...froms].sort((a, b) => a - b));
		expect(new Set(froms).size).toBe(froms.length);
		expect(Math.max(...froms)).toBeLessThanOrEqual(TILE_MAX_ZOOM);
	});

	it('put in a tile the level it colours, the coarser ones (their edges) and the help points', () => {
		expect(tileLayersAt(5)).toEqual(['departements', 'lieux']);
		expect(tileLayersAt(7)).toEqual(['departements', 'epci', 'noms', 'lieux']);
		expect(tileLayersAt(12)).toEqual(['departements', 'epci', 'communes', 'noms', 'lieux']);
		for (let z = 0; z <= TILE_MAX_ZOOM; z++)
			expect(tileLayersAt(z), `z${z}`).toContain(levelAtZoom(z).layer);
	});

	it('frame a choice close enough to show its parts: a click goes down a level', () => {
		expect(frameMinZoom('france')).toBe(0);
		expect(frameMinZoom('region')).toBe(0);
		expect(levelAtZoom(frameMinZoom('departement')).niveau).toBe('epci');
		expect(levelAtZoom(frameMinZoom('epci')).niveau).toBe('commune');
		expect(levelAtZoom(frameMinZoom('commune')).niveau).toBe('commune');
		expect(levelBelow('commune')).toBeNull();
	});
});

describe('the national map on a phone', () => {
	it('draws the tiles one zoom ahead on a narrow map, so each level comes one zoom earlier', () => {
		expect(zoomOffset(360)).toBe(1);
		expect(zoomOffset(1080)).toBe(0);
		const fills = (offset: number) =>
			nationalTerritoriesLayer
				.specs({ indicator: 'ifn', selected: null, offset })
				.filter((l) => l.id.startsWith('fill-'))
				.map((l) => [l.id, l.minzoom, l.maxzoom]);
		expect(fills(0)).toEqual([
			['fill-departements', 0, 7],
			['fill-epci', 7, 9],
			['fill-communes', 9, undefined]
		]);
		expect(fills(1)).toEqual([
			['fill-departements', 0, 6],
			['fill-epci', 6, 8],
			['fill-communes', 8, undefined]
		]);
	});

	it('zooms a click on a group to where it breaks apart, at least one step in', () => {
		const group = (expansion_zoom: unknown) => ({
			geometry: { type: 'Point' as const, coordinates: [6.2, 44.1] },
			properties: { cluster: 1, count: 12, expansion_zoom }
		});
		expect(clusterTarget(group(9), 6.5, 0)).toEqual({ center: [6.2, 44.1], zoom: 9 });
		expect(clusterTarget(group(9), 6.5, 1)).toEqual({ center: [6.2, 44.1], zoom: 8 });
		expect(clusterTarget(group(6), 6.5, 0)?.zoom).toBe(7.5);
		expect(clusterTarget(group(undefined), 6.5, 0)?.zoom).toBe(8.5);
	});
});

describe('the breadcrumbs of the national map', () => {
	const commune = {
		code: '04070',
		nom: 'Digne-les-Bains',
		departement: '04',
		departement_nom: 'Alpes-de-Haute-Provence',
		epci: '200067437',
		epci_nom: 'CA Provence-Alpes-Agglomération',
		region: '93',
		region_nom: 'Provence-Alpes-Côte d’Azur'
	};
	const names = (sel: Parameters<typeof trail>[0], props: Record<string, unknown> | null) =>
		trail(sel, props).map((c) => `${c.code} ${c.nom} ${c.href}`);

	it('go France › région › département › EPCI › commune', () => {
		expect(names({ niveau: 'commune', code: '04070' }, commune)).toEqual([
			'FR France /',
			'R93 Provence-Alpes-Côte d’Azur /?territoire=R93',
			'04 Alpes-de-Haute-Provence /?territoire=04',
			'200067437 CA Provence-Alpes-Agglomération /?territoire=200067437',
			'04070 Digne-les-Bains /?territoire=04070'
		]);
	});

	it('stop at the chosen level, and read each level’s own name', () => {
		const dep = { code: '04', nom: 'Alpes-de-Haute-Provence', region: '93', region_nom: 'PACA' };
		expect(names({ niveau: 'departement', code: '04' }, dep)).toEqual([
			'FR France /',
			'R93 PACA /?territoire=R93',
			'04 Alpes-de-Haute-Provence /?territoire=04'
		]);
		const epci = { ...commune, code: '200067437', nom: commune.epci_nom };
		expect(names({ niveau: 'epci', code: '200067437' }, epci)).toHaveLength(4);
		expect(names({ niveau: 'region', code: 'R93' }, dep)).toEqual([
			'FR France /',
			'R93 PACA /?territoire=R93'
		]);
		expect(names({ niveau: 'france', code: 'FR' }, null)).toEqual(['FR France /']);
	});

	it('leave out the parents a territory does not name (tiles not loaded yet)', () => {
		expect(names({ niveau: 'commune', code: '04070' }, null)).toEqual(['FR France /']);
		const { epci_nom: _, ...noEpci } = commune;
		expect(names({ niveau: 'commune', code: '04070' }, noEpci)).toHaveLength(4);
	});

	it('keep the chosen indicator in every link', () => {
		const keep = new URLSearchParams('indicateur=illectronisme');
		expect(mapHref('04', keep)).toBe('/?indicateur=illectronisme&territoire=04');
		expect(mapHref('FR', keep)).toBe('/?indicateur=illectronisme');
		expect(trail({ niveau: 'commune', code: '04070' }, commune, keep).at(-1)?.href).toBe(
			'/?indicateur=illectronisme&territoire=04070'
		);
	});

	it('link each territory to its dashboard, a commune to its département’s opened on it', () => {
		expect(dashboardHref({ niveau: 'departement', code: '04' }, null)).toBe('/territoire/04');
		expect(dashboardHref({ niveau: 'epci', code: '200067437' }, null)).toBe(
			'/territoire/200067437'
		);
		expect(dashboardHref({ niveau: 'commune', code: '04070' }, commune)).toBe(
			'/territoire/04?commune=04070'
		);
		expect(dashboardHref({ niveau: 'commune', code: '97411' }, null)).toBe(
			'/territoire/974?commune=97411'
		);
		expect(dashboardHref({ niveau: 'commune', code: '2A004' }, null)).toBe(
			'/territoire/2A?commune=2A004'
		);
	});
});

describe('the territory of the national map’s URL', () => {
	const q = (s: string) => new URLSearchParams(s);
	it.each([
		['', { niveau: 'france', code: 'FR' }],
		['territoire=FR', { niveau: 'france', code: 'FR' }],
		['territoire=r93', { niveau: 'region', code: 'R93' }],
		['territoire=04', { niveau: 'departement', code: '04' }],
		['territoire=2a', { niveau: 'departement', code: '2A' }],
		['territoire=974', { niveau: 'departement', code: '974' }],
		['territoire=200067437', { niveau: 'epci', code: '200067437' }],
		['territoire=2a004', { niveau: 'commune', code: '2A004' }]
	])('reads "%s"', (s, value) => {
		expect(parseMapSelection(q(s))).toEqual({ ok: true, value });
	});

	it.each(['territoire=R9', 'territoire=Paris', 'territoire=0407'])('refuses "%s"', (s) => {
		const p = parseMapSelection(q(s));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(/Paramètre « territoire » invalide/);
	});
});
