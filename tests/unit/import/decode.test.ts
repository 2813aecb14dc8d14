import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/import/decode';
import { messyBytes } from './messy-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
	it.each([
		['plain UTF-8', utf8('nom\nMédiathèque'), 'utf-8', 'nom\nMédiathèque', 0],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('é')]), 'utf-8-bom', 'é', 0],
		['Windows-1252 é', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252', 'café', 1],
		['Windows-1252 œ and ’', new Uint8Array([0x9c, 0x92]), 'windows-1252', 'œ’', 1],
		['empty file', new Uint8Array([]), 'utf-8', '', 0]
	])('%s', (_, bytes, encoding, text, warnings) => {
		const r = decodeBytes(bytes, 'f.csv');
		expect(r.encoding).toBe(encoding);
		expect(r.text).toBe(text);
		expect(r.issues).toHaveLength(warnings);
	});

	it.each([
		['lieux-windows-1252.csv', 'windows-1252', 'Café associatif du Cœur’Allos'],
		['lieux-bom.csv', 'utf-8-bom', 'Atelier « Clic » de Barrême'],
		['lieux-problemes.csv', 'utf-8', 'Espace numérique de Colmars']
	])('fixture %s is %s', (name, encoding, contains) => {
		const r = decodeBytes(messyBytes(name), name);
		expect(r.encoding).toBe(encoding);
		expect(r.text).toContain(contains);
		expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
		for (const i of r.issues) expect(i).toMatchObject({ level: 'warning', file: name, line: 1 });
	});
});
