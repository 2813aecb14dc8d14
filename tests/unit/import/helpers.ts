import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file of tests/fixtures/import, as text. */
export const fixture = (name: string) =>
	readFileSync(resolve('tests/fixtures/import', name), 'utf8');
