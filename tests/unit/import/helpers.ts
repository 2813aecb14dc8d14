import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportIssue } from '../../../src/lib/import/types';

/** A file of tests/fixtures/import, as text. */
export const fixture = (name: string) =>
	readFileSync(resolve('tests/fixtures/import', name), 'utf8');

/** An issue as a parser reports it, in the order its fields are read: where, then what. */
export const issue = (
	level: ImportIssue['level'],
	file: string,
	line: number,
	field: string,
	message: string
): ImportIssue => ({ level, file, line, field, message });
