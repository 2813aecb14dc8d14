import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import type { Geometry } from 'geojson';
import { renderSheet, type SheetData } from '../../../src/lib/print/sheet-svg';
import { renderPoster, type PosterData } from '../../../src/lib/print/poster-svg';
import { fitProjection, kmPerMm, renderMap, scaleBar } from '../../../src/lib/print/map-svg';
import { renderLegend } from '../../../src/lib/print/legend-svg';
import { themeStyle } from '../../../src/lib/print/themes';
import { squarePolygon } from '../../helpers/square';

const EVIL = '<img src=x onerror=alert(1)>';

/** A square commune of about 11 × 8 km near Digne. */
const square = (lon: number, lat: number, d = 0.1) => squarePolygon(lon, lat, d);

function sheet(overrides: Partial<SheetData> = {}): SheetData {
	const communes = [square(6.2, 44.0), square(6.3, 44.0), square(6.2, 44.1), square(6.3, 44.1)];
	const points = [
		{ id: 11, lon: 6.25, lat: 44.05, kind: 'france-services', itinerant: false, n: 2 },
		{ id: 12, lon: 6.25, lat: 44.05, kind: 'mediation', itinerant: false, n: 1 },
		{ id: 13, lon: 6.35, lat: 44.15, kind: 'france-services', itinerant: true, n: 3 },
		{ id: 14, lon: 6.32, lat: 44.02, kind: 'bibliotheque', itinerant: false }
	];
	return {
		format: 'A4-portrait',
		theme: 'lieux',
		bw: false,
		title: `Carte ${EVIL}`,
		subtitle: EVIL,
		frame: communes,
		communes: communes.map((geometry, i) => ({
			code: `0400${i}`,
			geometry,
			value: 5 + i,
			zoneBlanche: i === 0,
			inside: true
		})),
		outlines: [{ geometry: communes[0], level: 'departement' }],
		points,
		list: [
			{ n: 1, id: 12, kind: 'mediation', itinerant: false, nom: EVIL, commune: 'Digne' },
			{ n: 2, id: 11, kind: 'france-services', itinerant: false, nom: 'FS', commune: EVIL },
			{ n: 3, id: 13, kind: 'france-services', itinerant: true, nom: 'Bus', commune: 'Digne' }
		],
		listNote: 'Numérotés : France services, lieux de médiation numérique (3).',
		summary: [EVIL],
		kinds: ['france-services', 'mediation', 'bibliotheque'],
		sources: [{ titre: EVIL, producteur: 'ANCT', date: '1 août 2024' }],
		printedOn: '23 novembre 2026',
		liveUrl: 'http://localhost:3000/territoire/04?a=1&b=<2>',
		...overrides
	};
}

const attrs = (svg: string, cls: string) =>
	[...svg.matchAll(new RegExp(`class="${cls}" data-n="(\\d+)" data-id="(\\d+)"`, 'g'))].map(
		(m) => `${m[1]}:${m[2]}`
	);

describe('map sheet', () => {
	const svg = renderSheet(sheet());

	it('escapes every text that comes from data', () => {
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).not.toMatch(/<[^>]*\sonerror=/);
		expect(svg).toContain('b=&lt;2&gt;');
	});

	it('numbers the markers exactly as the list', () => {
		const markers = attrs(svg, 'marker').sort();
		const list = attrs(svg, 'list-item').sort();
		expect(markers).toEqual(['1:12', '2:11', '3:13']);
		expect(list).toEqual(markers);
	});

	it('has the frames of a printable sheet', () => {
		expect(svg).toMatch(/^<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/);
		for (const part of ['class="legend"', 'class="scale-bar"', 'class="north"', 'class="qr"'])
			expect(svg).toContain(part);
		expect(svg).toContain('Sources : ');
		expect(svg).toContain('Imprimé le 23 novembre 2026');
		expect(svg).not.toMatch(/https?:\/\/(?!localhost|www\.w3\.org)/);
		expect(renderSheet(sheet(), { w: 2480, h: 3508 })).toMatch(/width="2480" height="3508"/);
	});

	it('embeds only a raster data URL as logo', () => {
		const png = 'data:image/png;base64,iVBORw0KGgo=';
		expect(renderSheet(sheet({ logo: png }))).toContain(`href="${png}"`);
		const bad = renderSheet(sheet({ logo: 'data:image/svg+xml;base64,PHN2Zz4=' }));
		expect(bad).not.toContain('<image');
		expect(renderSheet(sheet({ logo: 'http://evil.example/x.png' }))).not.toContain('<image');
	});

	it('lists no numbers on a choropleth theme and uses patterns in black and white', () => {
		const ifn = renderSheet(sheet({ theme: 'zones-blanches', bw: true, list: [] }));
		expect(ifn).not.toContain('class="list"');
		expect(ifn).toContain('fill="url(#p-zb)"');
		expect(ifn).not.toMatch(/#7b2a8c|#1d4e89/);
	});
});

describe('scale bar', () => {
	it('is as long on paper as its distance on the ground', () => {
		const box = { x: 10, y: 10, w: 190, h: 150 };
		const frame: Geometry[] = [square(5.5, 43.6, 1.3)];
		const projection = fitProjection(frame, box);
		const k = kmPerMm(projection, box);
		const bar = scaleBar(k, box.w * 0.25);
		// two points bar.mm apart at the centre of the map are bar.km apart on the ground
		const a = projection.invert?.([100, 85]) as [number, number];
		const b = projection.invert?.([100 + bar.mm, 85]) as [number, number];
		const km = geoDistance(a, b) * 6371.0088;
		expect(km).toBeCloseTo(bar.km, 0);
		expect(Math.abs(km - bar.km) / bar.km).toBeLessThan(0.01);
		expect(bar.mm).toBeLessThanOrEqual(box.w * 0.25);
		expect([1, 2, 5, 10, 20, 25, 50]).toContain(bar.km);
	});

	it('is drawn with the length it announces', () => {
		const { svg, scaleBar: bar } = renderMap({
			box: { x: 0, y: 0, w: 100, h: 100 },
			frame: [square(6, 44, 0.5)],
			areas: [],
			areaStroke: '#fff',
			lines: [],
			points: [],
			markerFill: () => '#000',
			scale: 1
		});
		expect(svg).toContain(`data-km="${bar.km}"`);
		expect(bar.label).toBe(`${bar.km.toLocaleString('fr-FR')} km`);
	});
});

describe('legend', () => {
	it('shows every class of the theme', () => {
		const style = themeStyle('ifn', false, []);
		const svg = renderLegend(style.legendTitle, style.legend, { x: 0, y: 0, w: 80, h: 60 }, 1);
		for (const label of ['moins de 4', '4 à 5', '9 et plus', 'pas de donnée'])
			expect(svg).toContain(label);
		expect(svg).toContain('Indice de fragilité numérique');
	});
	it('names every kind of help point drawn', () => {
		const style = themeStyle('lieux', true, ['france-services', 'bibliotheque']);
		const svg = renderLegend(style.legendTitle, style.legend, { x: 0, y: 0, w: 80, h: 60 }, 1);
		expect(svg).toContain('France services');
		expect(svg).toContain('Bibliothèques, médiathèques');
		expect(svg).toContain('Service itinérant (bus)');
	});
});

describe('commune poster', () => {
	it('lists the numbered points with escaped text and a QR code to the finder', () => {
		const d: PosterData = {
			commune: EVIL,
			bw: false,
			frame: [square(6.2, 44.0)],
			communes: [{ code: '04070', geometry: square(6.2, 44.0), highlight: true }],
			points: [
				{ id: 5, lon: 6.25, lat: 44.05, kind: 'france-services', itinerant: false, n: 1 },
				{ id: 6, lon: 6.26, lat: 44.05, kind: 'mediation', itinerant: false, n: 2 }
			],
			entries: [
				{
					n: 1,
					id: 5,
					kind: 'france-services',
					itinerant: false,
					nom: EVIL,
					quoi: 'France services · 1 km',
					adresse: '12 avenue',
					horaires: 'Mardi : 9 h – 12 h',
					telephone: '04 92 64 97 61',
					passage: null
				},
				{
					n: 2,
					id: 6,
					kind: 'mediation',
					itinerant: false,
					nom: 'Lieu',
					quoi: 'Lieu de médiation',
					adresse: '',
					horaires: 'Horaires non renseignés',
					telephone: null,
					passage: 'Le bus passe mardi.'
				}
			],
			sources: [{ titre: 't', producteur: 'ANCT', date: '1 août 2024' }],
			printedOn: '23 novembre 2026',
			liveUrl: 'http://localhost:3000/trouver?commune=04070'
		};
		const svg = renderPoster(d);
		expect(svg).not.toContain('<img');
		expect(attrs(svg, 'marker').sort()).toEqual(attrs(svg, 'list-item').sort());
		expect(svg).toContain('data-text="http://localhost:3000/trouver?commune=04070"');
		expect(svg).toContain('Tél. 04 92 64 97 61');
		expect(svg).toContain('Où trouver de l’aide numérique');
	});
});
