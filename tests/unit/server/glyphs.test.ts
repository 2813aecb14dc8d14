import { describe, expect, it } from 'vitest';
import { glyphRange, resolveFont } from '$lib/server/glyphs/glyph-ranges';

describe('fontstacks named after object properties', () => {
	it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'x,constructor'])(
		'%s falls back to DejaVu Sans and builds its glyphs',
		(stack) => {
			expect(resolveFont(stack)).toBe('DejaVu Sans');
			expect(glyphRange(stack, 0).length).toBeGreaterThan(1000);
		}
	);
});
