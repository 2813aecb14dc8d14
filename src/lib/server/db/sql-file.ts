import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Text of an .sql file of this folder. Next to the module when run from source (scripts, tests);
 * from the project's `src/lib/server/db/` when run from the bundled server, which does not copy
 * .sql files (the server is started from the project root by `npm start`).
 */
export function readSqlFile(name: string): string {
	const here = new URL(`./${name}`, import.meta.url);
	if (here.protocol === 'file:' && existsSync(here)) return readFileSync(here, 'utf8');
	return readFileSync(resolve(process.cwd(), 'src/lib/server/db', name), 'utf8');
}
