import { json } from '@sveltejs/kit';
import { glyphRange } from '$lib/server/glyphs/glyph-ranges';

/** GET /glyphs/{fontstack}/{start}-{end}.pbf: SDF glyphs for MapLibre's `text-font`, built here. */
export function GET({ params }) {
	const m = /^(\d{1,5})-(\d{1,5})\.pbf$/.exec(params.range);
	const start = m ? Number(m[1]) : NaN;
	if (!m || start % 256 !== 0 || Number(m[2]) !== start + 255 || start + 255 > 65535)
		return json(
			{ error: `Plage de glyphes invalide : ${params.range} (attendu : 0-255.pbf, 256-511.pbf…)` },
			{ status: 400 }
		);
	return new Response(new Uint8Array(glyphRange(params.fontstack, start)), {
		headers: {
			'content-type': 'application/x-protobuf',
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
}
