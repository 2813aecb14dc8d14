import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where source files are looked for, in order: `data/sources/` (files a user supplies or
 * downloads with `npm run data:fetch`), then `$OPENDATA_DIR`, then `../shared/opendata`.
 */
export function sourceRoots(cwd = process.cwd(), env = process.env): string[] {
	const roots = [join(cwd, 'data', 'sources')];
	if (env.OPENDATA_DIR) roots.push(resolve(cwd, env.OPENDATA_DIR));
	roots.push(resolve(cwd, '..', 'shared', 'opendata'));
	return roots.filter((r) => existsSync(r));
}

/** Thrown when a source file is found in no root; its message is in French for people. */
export class MissingSourceError extends Error {
	constructor(
		public relPath: string,
		public roots: string[]
	) {
		super(
			`Fichier source introuvable : ${relPath}. Cherché dans : ${roots.join(', ') || '(aucun dossier de sources)'}. ` +
				'Lancez « npm run data:fetch » ou placez le fichier dans data/sources/.'
		);
	}
}

/** The absolute path of a source file (relative to a source root), from the first root having it. */
export function resolveSource(relPath: string, roots = sourceRoots()): string {
	for (const root of roots) {
		const p = join(root, relPath);
		if (existsSync(p)) return p;
	}
	throw new MissingSourceError(relPath, roots);
}
