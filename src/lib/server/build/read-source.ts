import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resolveSource, sourceRoots } from '../sources/source-resolver';

/** Text of a source file found through the resolver, with its file name for messages. */
export function readSourceText(
	relPath: string,
	roots = sourceRoots()
): { text: string; file: string } {
	const path = resolveSource(relPath, roots);
	return { text: readFileSync(path, 'utf8'), file: basename(path) };
}

/** Parsed JSON of a source file found through the resolver. */
export function readSourceJson<T>(
	relPath: string,
	roots = sourceRoots()
): { data: T; file: string } {
	const { text, file } = readSourceText(relPath, roots);
	try {
		return { data: JSON.parse(text) as T, file };
	} catch (err) {
		throw new Error(`Fichier ${file} : JSON invalide (${(err as Error).message})`);
	}
}

/** Names of the files in a source folder, merged across roots (the first root wins per name). */
export function listSourceDir(relDir: string, roots = sourceRoots()): Map<string, string> {
	const out = new Map<string, string>();
	for (const root of roots) {
		let names: string[] = [];
		try {
			names = readdirSync(join(root, relDir));
		} catch {
			continue;
		}
		for (const n of names) if (!out.has(n)) out.set(n, join(root, relDir, n));
	}
	return out;
}
