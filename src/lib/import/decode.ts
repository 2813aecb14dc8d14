/**
 * Bytes of an uploaded file → text. Spreadsheets save CSV as UTF-8 (with or without a BOM) or,
 * for older French Excel versions, as Windows-1252: we try strict UTF-8 first and fall back to
 * Windows-1252, which decodes any byte sequence. The encoding found is reported as a warning
 * when it is not plain UTF-8, so the planner knows a conversion happened.
 */
import { issue } from './fields';
import type { ImportIssue } from './types';

/** The encodings this module tells apart. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Decoded text (BOM removed) with the encoding found and the warnings to show. */
export interface DecodedText {
	text: string;
	encoding: Encoding;
	issues: ImportIssue[];
}

// Windows-1252 bytes 0x80–0x9F (undefined ones stay as their Latin-1 control character).
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 → text. Some Node versions decode the `windows-1252` label as Latin-1 (0x92
 * becomes U+0092, not ’), so the 32 bytes where the two differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const latin1 = new TextDecoder('windows-1252').decode(bytes);
	return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Decode file bytes: UTF-8 BOM, else strict UTF-8, else Windows-1252 (a superset of Latin-1
 * for the accented letters French files use). Never throws.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
	const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	if (hasBom) {
		// A BOM says UTF-8; invalid sequences after it become U+FFFD rather than a second guess.
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
		return { text, encoding: 'utf-8-bom', issues: [] };
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text, encoding: 'utf-8', issues: [] };
	} catch {
		const text = decodeWindows1252(bytes);
		const msg =
			'Fichier enregistré en Windows-1252 (tableur) et non en UTF-8 : converti automatiquement, vérifiez les accents.';
		return { text, encoding: 'windows-1252', issues: [issue('warning', file, 1, '', msg)] };
	}
}
