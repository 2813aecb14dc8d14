// Issue 10 §4: text is fitted with the real font and never cut where it matters, no printed text
// is under 7 pt, every marker has its number, long lists continue on their own pages, and the
// main towns are named without covering a marker.
import { describe, expect, it } from 'vitest';
import { renderSheetPages, type SheetData } from '../../../src/lib/print/sheet-svg';
import { renderPoster, type PosterData, type PosterEntry } from '../../../src/lib/print/poster-svg';
import { layoutEntry } from '../../../src/lib/print/poster-entries';
import { Occupancy, placeLabels } from '../../../src/lib/print/label-placement';
import { MIN_TEXT_MM, textWidth } from '../../../src/lib/print/text';
import { squarePolygon } from '../../helpers/square';

const square = (lon: number, lat: number, d = 0.5) => squarePolygon(lon, lat, d);

/** Every font size of an SVG, in mm. */
const fontSizes = (svg: string) =>
	[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
/** The text of an SVG fragment, lines joined by spaces. */
const textOf = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
const pairs = (svg: string, cls: string) =>
	[...svg.matchAll(new RegExp(`class="${cls}" data-n="(\\d+)" data-id="(\\d+)"`, 'g'))].map(
		(m) => `${m[1]}:${m[2]}`
	);

const KINDS = ['france-services', 'mediation', 'conseiller-numerique', 'bibliotheque'];
/** A département-like sheet: 154 places, clustered in three towns as in the 04. */
function bigSheet(count = 154): SheetData {
	const communes = [square(5.5, 43.7), square(6.0, 43.7), square(5.5, 44.2), square(6.0, 44.2)];
	let seed = 7;
	const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const towns = [
		{ nom: 'Manosque', lon: 5.79, lat: 43.83 },
		{ nom: 'Digne-les-Bains', lon: 6.23, lat: 44.09 },
		{ nom: 'Sisteron', lon: 5.94, lat: 44.2 }
	];
	const points = Array.from({ length: count }, (_, i) => {
		const t = towns[i % 3];
		const spread = i % 2 ? 0.02 : 0.4;
		return {
			id: 1000 + i,
			lon: t.lon + (rnd() - 0.5) * spread,
			lat: t.lat + (rnd() - 0.5) * spread,
			kind: KINDS[i % KINDS.length],
			itinerant: i === 5,
			n: i + 1
		};
	});
	return {
		format: 'A4-portrait',
		theme: 'lieux',
		bw: false,
		title: 'Lieux d’aide au numérique — Alpes-de-Haute-Provence',
		subtitle: 'Département (04)',
		// as print-data does: the numbered points are part of the frame
		frame: [
			...communes,
			...points.map((p) => ({ type: 'Point' as const, coordinates: [p.lon, p.lat] }))
		],
		communes: communes.map((geometry, i) => ({
			code: `0400${i}`,
			geometry,
			value: 5,
			zoneBlanche: false,
			inside: true
		})),
		outlines: [],
		points,
		list: points.map((p) => ({
			n: p.n,
			id: p.id,
			kind: p.kind,
			itinerant: p.itinerant,
			nom: `Bibliothèque intercommunale Marcelle Jourdan numéro ${p.n}`,
			commune: 'Château-Arnoux-Saint-Auban'
		})),
		listNote: 'Les 154 lieux d’aide.',
		summary: ['154 lieux d’aide.'],
		kinds: KINDS,
		sources: [
			{ titre: 'Liste des structures France services', producteur: 'ANCT', date: '1 août 2024' }
		],
		printedOn: '29 novembre 2026',
		liveUrl: 'http://localhost:3000/territoire/04',
		towns
	};
}

describe('département sheet with every place numbered', () => {
	const pages = renderSheetPages(bigSheet());

	it('numbers every marker and lists every number once, across pages', () => {
		const markers = pairs(pages[0], 'marker');
		expect(markers).toHaveLength(154);
		const listed = pages.flatMap((p) => pairs(p, 'list-item'));
		expect(listed.sort()).toEqual(markers.sort());
	});

	it('continues the list on a page of its own rather than shrinking it', () => {
		expect(pages.length).toBeGreaterThan(1);
		expect(pages[0]).toContain('page 2');
		for (const p of pages.slice(1)) expect(p).toMatch(/page \d sur \d/);
	});

	it('prints no text under 7 pt, on any page or format', () => {
		for (const format of ['A4-portrait', 'A4-paysage', 'A3-portrait', 'A3-paysage'] as const)
			for (const p of renderSheetPages({ ...bigSheet(), format }))
				for (const s of fontSizes(p)) expect(s).toBeGreaterThanOrEqual(MIN_TEXT_MM - 0.006);
	});

	it('keeps a short list beside the map on one page, names whole', () => {
		const one = renderSheetPages(bigSheet(12));
		expect(one).toHaveLength(1);
		expect(pairs(one[0], 'list-item')).toHaveLength(12);
		expect(one[0]).not.toMatch(/Jourdan[^<]*…/);
	});

	it('names the main towns', () => {
		const names = [...pages[0].matchAll(/class="town">([^<]+)</g)].map((m) => m[1]);
		expect(names).toContain('Manosque');
		expect(names).toContain('Digne-les-Bains');
	});
});

describe('town names and numbers never overlap', () => {
	it('places labels without overlap and skips a name that has no room', () => {
		const frame = { x: 0, y: 0, w: 100, h: 100 };
		const taken = new Occupancy();
		const symbols = Array.from({ length: 40 }, (_, i) => ({
			x: 50 + (i % 8) * 3,
			y: 50 + Math.floor(i / 8) * 3,
			w: 3,
			h: 3
		}));
		for (const s of symbols) taken.add(s);
		const placed = placeLabels(
			symbols.map((s) => ({ x: s.x + 1.5, y: s.y + 1.5, w: 5, h: 2.5, gap: 1.7 })),
			frame,
			taken,
			8
		);
		const boxes = [...symbols, ...placed.map((p) => p!)];
		// brute force: no two boxes overlap
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i];
				const b = boxes[j];
				const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
				expect(overlap, `${i} / ${j}`).toBe(false);
			}
		const none = placeLabels([{ x: 50, y: 50, w: 300, h: 3, gap: 0 }], frame, taken, 0);
		expect(none).toEqual([null]);
	});
});

describe('poster text', () => {
	const entry: PosterEntry = {
		n: 4,
		id: 9,
		kind: 'bibliotheque',
		itinerant: false,
		nom: 'Bibliothèque de La Palud sur Verdon et des gorges du Verdon',
		quoi: 'Bibliothèque, médiathèque · 10,4 km, ≈ 16 min en voiture',
		adresse: '2ème étage Foyer rural, Le Chateau, 04120 La Palud-sur-Verdon',
		horaires: 'Horaires non renseignés : se renseigner par téléphone.',
		telephone: '04 92 83 99 25',
		passage: null
	};

	it('keeps the name, the distance, the phone and the hours whole', () => {
		const lay = layoutEntry(entry, 79, 3.3);
		const text = (i: number) => lay.blocks[i].lines.join(' ');
		expect(text(0)).toBe(entry.nom);
		expect(text(1)).toBe(entry.quoi);
		expect(text(3)).toBe('Tél. 04 92 83 99 25');
		expect(text(4)).toBe(entry.horaires);
		for (const b of lay.blocks)
			for (const l of b.lines)
				expect(textWidth(l, b.big ? 3.3 * 1.3 : 3.3, b.bold)).toBeLessThanOrEqual(79);
	});

	const poster = (entries: PosterEntry[]): PosterData => ({
		commune: 'Castellane',
		bw: false,
		frame: [square(6.4, 43.8, 0.2)],
		communes: [{ code: '04039', geometry: square(6.4, 43.8, 0.2), highlight: true }],
		points: entries.map((e, i) => ({
			id: e.id,
			lon: 6.45 + i * 0.02,
			lat: 43.85,
			kind: e.kind,
			itinerant: false,
			n: e.n
		})),
		entries,
		sources: [{ titre: 't', producteur: 'ANCT', date: '1 août 2024' }],
		printedOn: '29 novembre 2026',
		liveUrl: 'http://localhost:3000/trouver?commune=04039',
		towns: [{ nom: 'Castellane', lon: 6.51, lat: 43.85 }]
	});

	it('shows six full entries with no "…" and no text under 7 pt', () => {
		const six = Array.from({ length: 6 }, (_, i) => ({ ...entry, n: i + 1, id: 100 + i }));
		const svg = renderPoster(poster(six));
		expect(pairs(svg, 'list-item')).toHaveLength(6);
		const items = svg.slice(svg.indexOf('class="list-item"'), svg.indexOf('class="qr"'));
		const text = textOf(items);
		expect(text).toContain('10,4 km, ≈ 16 min en voiture');
		expect(text).toContain('Tél. 04 92 83 99 25');
		expect(text).toContain('se renseigner par téléphone.');
		expect(text).toContain(entry.nom);
		expect(text).not.toContain('…');
		for (const s of fontSizes(svg)) expect(s).toBeGreaterThanOrEqual(MIN_TEXT_MM - 0.006);
	});

	it('renders a 5 MB name in seconds, not minutes', () => {
		const huge = { ...entry, nom: 'Médiathèque '.repeat(420_000), adresse: 'x'.repeat(5_000_000) };
		const t0 = performance.now();
		const svg = renderPoster(poster([huge]));
		expect(performance.now() - t0).toBeLessThan(10_000);
		expect(svg.length).toBeLessThan(200_000);
	});
});
