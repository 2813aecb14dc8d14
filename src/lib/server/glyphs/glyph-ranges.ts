import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';
import { encodeGlyphRange, type GlyphRecord } from '$lib/glyphs/pbf';
import { glyphSdf } from '$lib/glyphs/sdf';

/**
 * Font names a style may put in `text-font`, and their file in the dejavu-fonts-ttf package.
 * A Map, not an object literal: a fontstack comes from the URL, and `constructor` or `__proto__`
 * must not find an inherited property.
 */
const FONT_FILES = new Map<string, string>([
	['DejaVu Sans', 'DejaVuSans.ttf'],
	['DejaVu Sans Bold', 'DejaVuSans-Bold.ttf']
]);
const DEFAULT_FONT = 'DejaVu Sans';

/** MapLibre's glyph size, and the ascender its `top` metric counts from (node-fontnik's convention). */
const EM_PX = 24;
const TOP_ORIGIN = 24;

/** Ranges kept in memory: a few fonts × the blocks of Latin, Greek, punctuation… */
const CACHE_SIZE = 48;

const fonts = new Map<string, Font>();
const cache = new Map<string, Uint8Array>();

/** The font, parsed once; the TTF is read from node_modules at run time, never bundled. */
function font(name: string): Font {
	let f = fonts.get(name);
	if (!f) {
		const require = createRequire(import.meta.url);
		const file = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.get(name)}`));
		f = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		fonts.set(name, f);
	}
	return f;
}

/** The font a fontstack (`'DejaVu Sans Bold,Arial Unicode MS Regular'`) draws with: the first known. */
export function resolveFont(fontstack: string): string {
	for (const name of fontstack.split(',')) if (FONT_FILES.has(name.trim())) return name.trim();
	return DEFAULT_FONT;
}

/** Every glyph of the font in [start, start + 255]; codepoints the font lacks are skipped. */
function buildRange(name: string, start: number): GlyphRecord[] {
	const f = font(name);
	const scale = EM_PX / f.unitsPerEm;
	const glyphs: GlyphRecord[] = [];
	for (let id = start; id < start + 256; id++) {
		const index = f.charToGlyphIndex(String.fromCodePoint(id));
		if (!index) continue;
		const glyph = f.glyphs.get(index);
		const sdf = glyphSdf(glyph.path.commands, { scale });
		glyphs.push({
			id,
			bitmap: sdf.bitmap,
			width: sdf.width,
			height: sdf.height,
			left: sdf.left,
			top: sdf.top - TOP_ORIGIN,
			advance: Math.round((glyph.advanceWidth ?? 0) * scale)
		});
	}
	return glyphs;
}

/**
 * The protobuf of one 256-codepoint block for a fontstack, as MapLibre requests it from a style's
 * `glyphs` URL. `start` must be a multiple of 256 (the route checks). Built on first request
 * (about 0.1 s), then served from a small LRU cache.
 */
export function glyphRange(fontstack: string, start: number): Uint8Array {
	const name = resolveFont(fontstack);
	const range = `${start}-${start + 255}`;
	const key = `${name}/${range}`;
	let pbf = cache.get(key);
	if (pbf) cache.delete(key);
	else pbf = encodeGlyphRange(name, range, buildRange(name, start));
	cache.set(key, pbf);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	return pbf;
}
