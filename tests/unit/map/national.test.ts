import { describe, expect, it } from 'vitest';
import {
	NATIONAL_LEVELS,
	TILE_MAX_ZOOM,
	frameMinZoom,
	levelAtZoom,
	levelBelow,
	tileLayersAt,
	zoomOffset,
	type ZoomOffset
} from '$lib/map/national-levels';
import { nationalTerritoriesLayer } from '$lib/map/layers/national-territories';
import { clusterTarget } from '$lib/map/layers/national-help-points';
import { dashboardHref, mapHref, trail, type MapSelection } from '$lib/map/national-trail';
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

	it('put in a tile the level a screen colours, the coarser ones (edges) and the help points', () => {
		expect(tileLayersAt(5)).toEqual(['departements', 'lieux']);
		expect(tileLayersAt(6)).toEqual(['departements', 'lieux']);
		expect(tileLayersAt(6, 1)).toEqual(['departements', 'epci', 'lieux']);
		expect(tileLayersAt(8)).toEqual(['departements', 'epci', 'noms', 'lieux']);
		expect(tileLayersAt(8, 1)).toEqual(['departements', 'epci', 'communes', 'noms', 'lieux']);
		for (let z = 0; z <= TILE_MAX_ZOOM; z++)
			for (const offset of [zoomOffset(360), zoomOffset(1440)])
				expect(tileLayersAt(z, offset), `z${z}`).toContain(levelAtZoom(z + offset).layer);
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
	it('colours each level one zoom earlier on a narrow map', () => {
		expect(zoomOffset(360)).toBe(1);
		expect(zoomOffset(1080)).toBe(0);
		const fills = (offset: ZoomOffset) =>
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
		expect(clusterTarget(group(9), 6.5)).toEqual({ center: [6.2, 44.1], zoom: 9 });
		expect(clusterTarget(group(6), 6.5)?.zoom).toBe(7.5);
		expect(clusterTarget(group(undefined), 6.5)?.zoom).toBe(8.5);
	});
});

describe('the breadcrumbs of the national map', () => {
	const FR = { code: 'FR', nom: 'France', niveau: 'france' as const };
	const PACA = { code: 'R93', nom: 'Provence-Alpes-Côte d’Azur', niveau: 'region' as const };
	const DEP = { code: '04', nom: 'Alpes-de-Haute-Provence', niveau: 'departement' as const };
	const EPCI = {
		code: '200067437',
		nom: 'CA Provence-Alpes-Agglomération',
		niveau: 'epci' as const
	};
	const digne: MapSelection = {
		code: '04070',
		nom: 'Digne-les-Bains',
		niveau: 'commune',
		fil: [FR, PACA, DEP, EPCI],
		departement: '04'
	};
	const names = (sel: MapSelection, keep?: URLSearchParams) =>
		trail(sel, keep).map((c) => `${c.code} ${c.nom} ${c.href}`);

	it('go France › région › département › EPCI › commune, each framing its territory', () => {
		expect(names(digne)).toEqual([
			'FR France /',
			'R93 Provence-Alpes-Côte d’Azur /?territoire=R93',
			'04 Alpes-de-Haute-Provence /?territoire=04',
			'200067437 CA Provence-Alpes-Agglomération /?territoire=200067437',
			'04070 Digne-les-Bains /?territoire=04070'
		]);
		expect(names({ ...FR, fil: [], departement: null })).toEqual(['FR France /']);
	});

	it('keep the chosen indicator in every link', () => {
		const keep = new URLSearchParams('indicateur=illectronisme');
		expect(mapHref('04', keep)).toBe('/?indicateur=illectronisme&territoire=04');
		expect(mapHref('FR', keep)).toBe('/?indicateur=illectronisme');
		expect(names(digne, keep)[0]).toBe('FR France /?indicateur=illectronisme');
		expect(trail(digne, keep).at(-1)?.href).toBe('/?indicateur=illectronisme&territoire=04070');
	});

	it('link each territory to its dashboard, a commune to its département’s opened on it', () => {
		expect(dashboardHref({ ...DEP, fil: [FR, PACA], departement: '04' })).toBe('/territoire/04');
		expect(dashboardHref({ ...EPCI, fil: [FR, PACA, DEP], departement: '04' })).toBe(
			'/territoire/200067437'
		);
		expect(dashboardHref({ ...PACA, fil: [FR], departement: '04' })).toBe('/territoire/R93');
		expect(dashboardHref(digne)).toBe('/territoire/04?commune=04070');
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
