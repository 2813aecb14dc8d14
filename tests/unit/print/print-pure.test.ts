import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/print/escape';
import { FORMATS, paperSize, pixelsAt, sheetLayout } from '../../../src/lib/print/sheet-layout';
import { qrPath } from '../../../src/lib/print/qr';
import { placeMarkers } from '../../../src/lib/print/marker-placement';
import { wrap, truncate, textWidth } from '../../../src/lib/print/text';
import { parsePosterParams, parseSheetParams } from '../../../src/lib/params/print';
import { themeStyle } from '../../../src/lib/print/themes';

describe('escapeXml', () => {
	it.each([
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		['A & B "c" \'d\'', 'A &amp; B &quot;c&quot; &#39;d&#39;'],
		['bip\u0007', 'bip'],
		[null, '']
	])('%s', (input, out) => expect(escapeXml(input)).toBe(out));
});

describe('sheet layout', () => {
	it.each([
		['A4-portrait', 210, 297, 595.28, 841.89, 2480, 3508],
		['A4-paysage', 297, 210, 841.89, 595.28, 3508, 2480],
		['A3-portrait', 297, 420, 841.89, 1190.55, 3508, 4961],
		['A3-paysage', 420, 297, 1190.55, 841.89, 4961, 3508]
	] as const)('%s', (format, w, h, wPt, hPt, wPx, hPx) => {
		const l = sheetLayout(format, { list: true });
		expect([l.widthMm, l.heightMm]).toEqual([w, h]);
		expect(l.widthPt).toBeCloseTo(wPt, 1);
		expect(l.heightPt).toBeCloseTo(hPt, 1);
		expect([pixelsAt(w, 300), pixelsAt(h, 300)]).toEqual([wPx, hPx]);
		expect(paperSize(format)).toEqual([w, h]);
	});

	it.each(FORMATS)('%s: frames sit inside the page without overlapping', (format) => {
		for (const list of [true, false]) {
			const l = sheetLayout(format, { list });
			const boxes = [l.header, l.map, l.legend, l.footer, ...(l.list ? [l.list] : [])];
			for (const b of boxes) {
				expect(b.x).toBeGreaterThanOrEqual(l.margin - 1e-9);
				expect(b.y).toBeGreaterThanOrEqual(l.margin - 1e-9);
				expect(b.x + b.w).toBeLessThanOrEqual(l.widthMm - l.margin + 1e-9);
				expect(b.y + b.h).toBeLessThanOrEqual(l.heightMm - l.margin + 1e-9);
				expect(b.w).toBeGreaterThan(0);
				expect(b.h).toBeGreaterThan(0);
			}
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i];
					const b = boxes[j];
					const overlap =
						a.x < b.x + b.w - 1e-9 &&
						b.x < a.x + a.w - 1e-9 &&
						a.y < b.y + b.h - 1e-9 &&
						b.y < a.y + a.h - 1e-9;
					expect(overlap).toBe(false);
				}
			expect(l.list != null).toBe(list);
		}
	});
});

describe('qr', () => {
	it('draws a square matrix with dark modules', () => {
		const q = qrPath('http://localhost:3000/trouver?commune=04070');
		expect(q.size).toBeGreaterThanOrEqual(21);
		expect(q.d).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
	});
});

describe('placeMarkers', () => {
	it('keeps free markers in place and moves overlapping ones to free spots', () => {
		const pts = [
			{ x: 10, y: 10 },
			{ x: 10, y: 10 },
			{ x: 10.5, y: 10 },
			{ x: 50, y: 50 }
		];
		const placed = placeMarkers(pts, 2);
		expect(placed[0]).toEqual({ x: 10, y: 10, moved: false });
		expect(placed[3]).toEqual({ x: 50, y: 50, moved: false });
		expect(placed[1].moved && placed[2].moved).toBe(true);
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++)
				expect(Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y)).toBeGreaterThan(
					3.9
				);
	});
});

describe('text fitting', () => {
	it('wraps within the width and truncates the last line', () => {
		const text =
			'Sources : Indice de Fragilité Numérique 2023, La MedNum pour l’ANCT (24 août 2023)';
		const lines = wrap(text, 40, 2.5);
		for (const l of lines) expect(textWidth(l, 2.5)).toBeLessThanOrEqual(40);
		expect(lines.join(' ')).toBe(text);
		const two = wrap(text, 40, 2.5, 2);
		expect(two).toHaveLength(2);
		expect(two[1].endsWith('…')).toBe(true);
		expect(truncate('France services de Digne-les-Bains', 20, 3).endsWith('…')).toBe(true);
	});
});

describe('parameters', () => {
	it('reads a sheet request', () => {
		const p = parseSheetParams(
			new URLSearchParams(
				'territoire=04&theme=zones-blanches&format=A4-paysage&nb=1&titre=Ma carte'
			)
		);
		expect(p).toEqual({
			ok: true,
			value: {
				territoire: '04',
				theme: 'zones-blanches',
				format: 'A4-paysage',
				titre: 'Ma carte',
				sousTitre: null,
				bw: true,
				page: 1
			}
		});
		const p2 = parseSheetParams(new URLSearchParams('territoire=04&page=2'));
		expect(p2.ok && p2.value.page).toBe(2);
		const bad = parseSheetParams(new URLSearchParams('territoire=04&page=0'));
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.error).toMatch(/« page » invalide/);
	});
	it('takes the finest territory of the form', () => {
		const p = parseSheetParams(new URLSearchParams('departement=04&epci=200067437&commune='));
		expect(p.ok && p.value.territoire).toBe('200067437');
	});
	it.each([
		['territoire=04&theme=carte', /« theme » invalide/],
		['territoire=04&format=A5', /« format » invalide/],
		['territoire=<script>', /« territoire » invalide/],
		['theme=lieux', /« territoire » manquant/]
	])('refuses %s in French', (qs, message) => {
		const p = parseSheetParams(new URLSearchParams(qs));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(message);
	});
	it('reads a poster request and refuses a bad commune', () => {
		expect(parsePosterParams(new URLSearchParams('commune=04070'))).toEqual({
			ok: true,
			value: { commune: '04070', bw: false }
		});
		expect(parsePosterParams(new URLSearchParams('commune=abc')).ok).toBe(false);
	});
});

describe('themes', () => {
	it('fills IFN classes with colours, or greys in black and white', () => {
		const colour = themeStyle('ifn', false, []);
		const bw = themeStyle('ifn', true, []);
		expect(colour.fill({ value: 9.5, zoneBlanche: false })).not.toBe(
			colour.fill({ value: 3, zoneBlanche: false })
		);
		const greys = [3, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5].map((v) =>
			bw.fill({ value: v, zoneBlanche: false })
		);
		for (const g of greys) expect(g).toMatch(/^#([0-9a-f]{2})\1\1$/i);
		expect(new Set(greys).size).toBe(7);
		expect(bw.fill({ value: null, zoneBlanche: false })).toBe('url(#p-nodata)');
		expect(bw.legend.map((i) => i.label)).toContain('pas de donnée');
	});
	it('hatches zones blanches and draws black symbols in black and white', () => {
		const s = themeStyle('zones-blanches', true, ['france-services', 'mediation']);
		expect(s.fill({ value: 8, zoneBlanche: true })).toBe('url(#p-zb)');
		expect(s.markerFill('mediation')).toBe('#111');
		expect(s.defs).toContain('id="p-zb"');
	});
});
