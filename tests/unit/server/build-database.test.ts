import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '$lib/server/build/build-database';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir('maillage-build-');

describe('a failed build', () => {
	it('leaves the database being served untouched and removes its temporary file', () => {
		const live = join(dir, 'live.sqlite');
		writeFileSync(live, 'previous database');
		const empty = mkdtempSync(join(tmpdir(), 'maillage-empty-'));
		expect(() => buildDatabase({ departements: ['04'], out: live, roots: [empty] })).toThrow(
			/Fichier source introuvable/
		);
		expect(readFileSync(live, 'utf8')).toBe('previous database');
		expect(existsSync(`${live}.tmp-${process.pid}`)).toBe(false);
		rmSync(empty, { recursive: true, force: true });
	});

	it('rejects an unknown département code in French', () => {
		expect(() => buildDatabase({ departements: ['99'], out: join(dir, 'x.sqlite') })).toThrow(
			'Département inconnu : 99'
		);
	});
});
