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
		const text = new TextDecoder('windows-1252').decode(bytes);
		const msg =
			'Fichier enregistré en Windows-1252 (tableur) et non en UTF-8 : converti automatiquement, vérifiez les accents.';
		return { text, encoding: 'windows-1252', issues: [issue('warning', file, 1, '', msg)] };
	}
}
