import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeGlyphRange, type GlyphRecord } from '../../../src/lib/glyphs/pbf';
import { glyphRange, resolveFont } from '../../../src/lib/server/glyphs/glyph-ranges';
import { itMaps } from '../../helpers/table';

interface Decoded {
	name: string;
	range: string;
	glyphs: Partial<GlyphRecord>[];
}

/** Read the protobuf back the way MapLibre's parse_glyph_pbf does. */
function decode(buf: Uint8Array): Decoded[] {
	const readGlyph = (tag: number, g: Partial<GlyphRecord>, pbf: Pbf) => {
		if (tag === 1) g.id = pbf.readVarint();
		else if (tag === 2) g.bitmap = pbf.readBytes();
		else if (tag === 3) g.width = pbf.readVarint();
		else if (tag === 4) g.height = pbf.readVarint();
		else if (tag === 5) g.left = pbf.readSVarint();
		else if (tag === 6) g.top = pbf.readSVarint();
		else if (tag === 7) g.advance = pbf.readVarint();
	};
	const readStack = (tag: number, s: Decoded, pbf: Pbf) => {
		if (tag === 1) s.name = pbf.readString();
		else if (tag === 2) s.range = pbf.readString();
		else if (tag === 3) s.glyphs.push(pbf.readMessage(readGlyph, {}));
	};
	return new Pbf(buf).readFields((tag, stacks: Decoded[], pbf) => {
		if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
	}, []);
}

describe('encodeGlyphRange', () => {
	const glyphs: GlyphRecord[] = [
		{ id: 32, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -24, advance: 7 },
		{
			id: 65,
			bitmap: Uint8Array.from({ length: 7 * 8 }, (_, i) => i),
			width: 1,
			height: 2,
			left: -1,
			top: -7,
			advance: 16
		}
	];
	const [stack, ...rest] = decode(encodeGlyphRange('DejaVu Sans', '0-255', glyphs));

	it('writes one fontstack with its name and range', () => {
		expect(rest).toEqual([]);
		expect([stack.name, stack.range]).toEqual(['DejaVu Sans', '0-255']);
	});

	it.each([0, 1])('reads glyph %i back field for field', (i) => {
		const { bitmap, ...metrics } = glyphs[i];
		expect(stack.glyphs[i]).toMatchObject(metrics);
		expect(stack.glyphs[i].bitmap ?? new Uint8Array(0)).toEqual(bitmap);
	});

	it('leaves the bitmap out of a blank glyph', () => {
		expect(stack.glyphs[0].bitmap).toBeUndefined();
	});
});

describe('glyphRange with DejaVu Sans', () => {
	const [stack] = decode(glyphRange('DejaVu Sans', 0));
	const byId = new Map(stack.glyphs.map((g) => [g.id, g]));

	it('names the font and the block', () => {
		expect([stack.name, stack.range]).toEqual(['DejaVu Sans', '0-255']);
	});

	it('skips codepoints the font lacks (controls) and keeps Latin-1', () => {
		expect(byId.has(1)).toBe(false);
		for (const c of "AzÉéèçÀôÿ'- ") expect(byId.has(c.codePointAt(0))).toBe(true);
	});

	it.each([
		// advance = advanceWidth × 24 / 2048, rounded; 'A' is 1401 units
		['A', 16, 17],
		['i', 7, 18],
		[' ', 8, 0]
	])('%s has an advance of %i px and a box %i px tall', (c, advance, height) => {
		const g = byId.get(c.codePointAt(0))!;
		expect(g.advance).toBe(advance);
		expect(g.height).toBe(height);
	});

	it('sizes every bitmap as (width + 6) × (height + 6)', () => {
		for (const g of stack.glyphs)
			if (g.width) expect(g.bitmap!.length).toBe((g.width + 6) * (g.height! + 6));
	});

	it('counts top from 24 px above the baseline: capitals reach about 17.5 px', () => {
		expect(byId.get(65)!.top).toBe(-7);
		expect(byId.get('g'.codePointAt(0)!)!.top! - byId.get('g'.codePointAt(0)!)!.height!).toBe(-29);
	});
});

describe('resolveFont', () => {
	itMaps('%s → %s', resolveFont, [
		['DejaVu Sans Bold', 'DejaVu Sans Bold'],
		['Open Sans Regular,DejaVu Sans Bold', 'DejaVu Sans Bold'],
		['DejaVu Sans, DejaVu Sans Bold', 'DejaVu Sans'],
		['Arial Unicode MS Regular', 'DejaVu Sans']
	]);
});
