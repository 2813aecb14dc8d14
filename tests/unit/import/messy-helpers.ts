import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Bytes of a file of tests/fixtures/import-messy (encodings matter, so never as text). */
export const messyBytes = (name: string) =>
	new Uint8Array(readFileSync(resolve('tests/fixtures/import-messy', name)));
