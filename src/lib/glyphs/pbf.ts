import Pbf from 'pbf';

/** One glyph as MapLibre reads it; metrics in pixels at 24 px, `bitmap` empty for blank glyphs. */
export interface GlyphRecord {
	id: number;
	bitmap: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

interface Fontstack {
	name: string;
	range: string;
	glyphs: GlyphRecord[];
}

function writeGlyph(g: GlyphRecord, pbf: Pbf) {
	pbf.writeVarintField(1, g.id);
	// A missing bitmap reads back as a blank (width + 6) × (height + 6) image; an empty one would not.
	if (g.bitmap.length) pbf.writeBytesField(2, g.bitmap);
	pbf.writeVarintField(3, g.width);
	pbf.writeVarintField(4, g.height);
	pbf.writeSVarintField(5, g.left);
	pbf.writeSVarintField(6, g.top);
	pbf.writeVarintField(7, g.advance);
}

function writeFontstack(stack: Fontstack, pbf: Pbf) {
	pbf.writeStringField(1, stack.name);
	pbf.writeStringField(2, stack.range);
	for (const g of stack.glyphs) pbf.writeMessage(3, writeGlyph, g);
}

/**
 * Encode a range of glyphs as MapLibre's `glyphs` protobuf: one fontstack `{ name, range,
 * glyphs }`, as node-fontnik writes it. `range` is the block, e.g. `'0-255'`.
 */
export function encodeGlyphRange(name: string, range: string, glyphs: GlyphRecord[]): Uint8Array {
	const pbf = new Pbf();
	pbf.writeMessage(1, writeFontstack, { name, range, glyphs });
	return pbf.finish();
}
