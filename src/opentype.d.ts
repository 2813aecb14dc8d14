// The little of opentype.js 1.3.5 the glyph server uses (the package ships no types).
declare module 'opentype.js' {
	import type { PathCommand } from './lib/glyphs/sdf';

	export interface Glyph {
		index: number;
		advanceWidth?: number;
		path: { commands: PathCommand[] };
	}
	export interface Font {
		unitsPerEm: number;
		ascender: number;
		descender: number;
		charToGlyphIndex(char: string): number;
		glyphs: { get(index: number): Glyph };
	}
	const opentype: { parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font };
	export default opentype;
}
