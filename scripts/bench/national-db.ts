// The national database the side-by-side figures run against.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Kept between runs, so that `npm run bench -- navigateur` does not rebuild the country. */
export const KEPT = join('tests', '.tmp', 'bench-france.sqlite');

/**
 * The whole country's database: `built` when the build section just made it, else KEPT, built
 * (about 30 s to a minute) when missing.
 */
export function nationalDatabase(built?: string): { path: string; mb: number } {
	let path = built && existsSync(built) ? built : KEPT;
	if (!existsSync(path)) {
		mkdirSync(join('tests', '.tmp'), { recursive: true });
		console.log(`\nConstruction de la base nationale du banc (${KEPT})…`);
		execFileSync(
			process.execPath,
			['--import', 'tsx', 'scripts/bench/build-once.ts', 'all', KEPT],
			{
				stdio: ['ignore', 'ignore', 'inherit']
			}
		);
		path = KEPT;
	}
	return { path, mb: statSync(path).size / 2 ** 20 };
}
