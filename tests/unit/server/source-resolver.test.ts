import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	MissingSourceError,
	resolveSource,
	sourceRoots
} from '$lib/server/sources/source-resolver';

const base = mkdtempSync(join(tmpdir(), 'maillage-resolver-'));
const project = join(base, 'project');
const shared = join(base, 'shared', 'opendata');
const custom = join(base, 'custom');
for (const d of [join(project, 'data', 'sources', 'ifn'), join(shared, 'ifn'), join(custom, 'ifn')])
	mkdirSync(d, { recursive: true });
writeFileSync(join(shared, 'ifn', 'a.csv'), 'shared');
writeFileSync(join(shared, 'ifn', 'b.csv'), 'shared');
writeFileSync(join(custom, 'ifn', 'b.csv'), 'custom');
writeFileSync(join(custom, 'ifn', 'c.csv'), 'custom');
writeFileSync(join(project, 'data', 'sources', 'ifn', 'c.csv'), 'local');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('source resolver', () => {
	const roots = sourceRoots(project, { OPENDATA_DIR: custom });

	it('orders roots: data/sources, then $OPENDATA_DIR, then ../shared/opendata', () => {
		expect(roots).toEqual([join(project, 'data', 'sources'), custom, shared]);
	});

	it.each([
		['ifn/c.csv', join(project, 'data', 'sources', 'ifn', 'c.csv')],
		['ifn/b.csv', join(custom, 'ifn', 'b.csv')],
		['ifn/a.csv', join(shared, 'ifn', 'a.csv')]
	])('resolves %s from the first root that has it', (rel, expected) => {
		expect(resolveSource(rel, roots)).toBe(expected);
	});

	it('says in French where it looked when a file is missing', () => {
		expect(() => resolveSource('ifn/absent.csv', roots)).toThrow(MissingSourceError);
		expect(() => resolveSource('ifn/absent.csv', roots)).toThrow(
			/Fichier source introuvable : ifn\/absent\.csv.*data:fetch/
		);
	});

	it('skips $OPENDATA_DIR when unset', () => {
		expect(sourceRoots(project, {})).toEqual([join(project, 'data', 'sources'), shared]);
	});
});
