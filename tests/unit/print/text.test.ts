import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { fitLength, textWidth, truncate, wrap } from '../../../src/lib/print/text';

const ttf = readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const bold = opentype.parse(ttf.buffer.slice(ttf.byteOffset, ttf.byteOffset + ttf.byteLength));

/** Milliseconds taken by `run`. */
function time(run: () => unknown): number {
	const t0 = performance.now();
	run();
	return performance.now() - t0;
}

describe('measuring with the real font', () => {
	it('gives the width DejaVu Sans Bold gives, within the safety margin', () => {
		const text = 'Tél. 04 92 83 99 25 · 10,4 km, ≈ 15 min';
		let units = 0;
		for (const ch of text) units += bold.glyphs.get(bold.charToGlyphIndex(ch)).advanceWidth ?? 0;
		const expected = (units / bold.unitsPerEm) * 4;
		const w = textWidth(text, 4, true);
		expect(w).toBeGreaterThanOrEqual(expected);
		expect(w).toBeLessThan(expected * 1.05);
	});

	it('measures capitals wider than lower case, and bold wider than regular', () => {
		expect(textWidth('MMMM', 3)).toBeGreaterThan(textWidth('iiii', 3) * 2);
		expect(textWidth('Manosque', 3, true)).toBeGreaterThan(textWidth('Manosque', 3));
	});
});

describe('fitting text', () => {
	const text = 'Sources : Indice de Fragilité Numérique 2023, La MedNum pour l’ANCT (24 août 2023)';

	it('wraps within the width and keeps every word', () => {
		const lines = wrap(text, 40, 2.5);
		for (const l of lines) expect(textWidth(l, 2.5)).toBeLessThanOrEqual(40);
		expect(lines.join(' ')).toBe(text);
	});

	it('ends the last allowed line with "…" when text is left', () => {
		const two = wrap(text, 40, 2.5, 2);
		expect(two).toHaveLength(2);
		expect(two[1].endsWith('…')).toBe(true);
		expect(textWidth(two[1], 2.5)).toBeLessThanOrEqual(40);
	});

	it('breaks a word wider than the line instead of dropping it', () => {
		const word = 'Anticonstitutionnellement-et-encore-plus-long';
		const lines = wrap(`À ${word}`, 20, 3);
		expect(lines.join('').replace(/^À/, 'À ')).toBe(`À ${word}`);
		for (const l of lines) expect(textWidth(l, 3)).toBeLessThanOrEqual(20);
	});

	it('truncates only what does not fit', () => {
		expect(truncate('Digne', 50, 3)).toBe('Digne');
		const t = truncate('France services de Digne-les-Bains', 20, 3);
		expect(t.endsWith('…')).toBe(true);
		expect(textWidth(t, 3)).toBeLessThanOrEqual(20);
		expect(fitLength('abc', 1000, 3).end).toBe(3);
	});
});

describe('long texts in linear time', () => {
	// the quadratic truncate() took 12 s on 20,000 characters; linear code takes milliseconds
	const long = 'Médiathèque '.repeat(1700).slice(0, 20_000);
	const oneWord = 'x'.repeat(20_000);
	const huge = 'Association '.repeat(Math.ceil(5_000_000 / 12)).slice(0, 5_000_000);

	// generous limits for a busy CI machine: the quadratic code took 12 s for 20,000 characters
	// and over 15 minutes for 5 MB
	it.each([
		['a 20,000-character name', long, 2000],
		['a 20,000-character word', oneWord, 2000],
		['a 5 MB name', huge, 10_000]
	])('truncates and wraps %s fast', (_, s, limit) => {
		const ms = time(() => {
			expect(truncate(s, 80, 4).endsWith('…')).toBe(true);
			expect(wrap(s, 80, 4, 3)).toHaveLength(3);
			expect(textWidth(s, 4)).toBeGreaterThan(80);
		});
		expect(ms).toBeLessThan(limit);
	});

	it('wraps a 5 MB text in full in linear time', () => {
		let n = 0;
		const ms = time(() => (n = wrap(huge, 80, 4).length));
		expect(n).toBeGreaterThan(10_000);
		expect(ms).toBeLessThan(15_000);
	});
});
