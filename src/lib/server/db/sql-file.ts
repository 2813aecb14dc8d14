import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The .sql files of a folder below this one, by name order. Next to the module when run from
 * source (scripts, tests); from the project's `src/lib/server/db/` when run from the bundled
 * server, which does not copy .sql files (the server is started from the project root by
 * `npm start`).
 */
export function sqlFiles(folder: string): { name: string; sql: string }[] {
	const here = import.meta.url.startsWith('file:')
		? join(dirname(fileURLToPath(import.meta.url)), folder)
		: null;
	const dir = here && existsSync(here) ? here : resolve(process.cwd(), 'src/lib/server/db', folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.sql'))
		.sort()
		.map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}
