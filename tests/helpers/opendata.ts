// The staged open data for integration tests, found the way the app finds it (data/sources/,
// then $OPENDATA_DIR, then ../shared/opendata). A missing file fails the test with a message
// saying which file and how to provide it: a test never skips because the data is absent.
import { readFileSync } from 'node:fs';
import { sourceInfo } from '../../src/lib/import/sources';
import {
	MissingSourceError,
	resolveSource,
	sourceRoots
} from '../../src/lib/server/sources/source-resolver';

/** Thrown when a test needs an open-data file that no source root holds (French, then English). */
export class OpendataMissingError extends Error {
	constructor(relPath: string, roots: string[]) {
		const where = roots.join(', ') || '(aucun dossier / no folder)';
		super(
			`Données ouvertes introuvables pour ce test : ${relPath} (cherché dans : ${where}). ` +
				'Indiquez le dossier des données avec OPENDATA_DIR=/chemin/vers/opendata ou lancez « npm run data:fetch ».\n' +
				`Open data missing for this test: ${relPath} (looked in: ${where}). ` +
				'Point OPENDATA_DIR=/path/to/opendata at the data folder or run `npm run data:fetch`.'
		);
		this.name = 'OpendataMissingError';
	}
}

/** Runs `fn`, turning the resolver's "source file not found" into the loud test message. */
export function withOpendata<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof MissingSourceError) throw new OpendataMissingError(e.relPath, e.roots);
		throw e;
	}
}

/** The absolute path of an open-data file or folder (`ifn/ifn-commune-2023.csv`, `contours`). */
export function opendataPath(relPath: string): string {
	return withOpendata(() => resolveSource(relPath, sourceRoots()));
}

/** An open-data file's text. */
export const readOpendata = (relPath: string): string =>
	readFileSync(opendataPath(relPath), 'utf8');

/** An open-data JSON file, parsed. */
export const readOpendataJson = <T = unknown>(relPath: string): T =>
	JSON.parse(readOpendata(relPath)) as T;

/** The text of a registered source's file (`sources.ts` key, e.g. `ifn-2023`). */
export const readSource = (key: string): string => readOpendata(sourceInfo(key).path);

/** A registered source's JSON file, parsed. */
export const readSourceJson = <T = unknown>(key: string): T =>
	readOpendataJson<T>(sourceInfo(key).path);
