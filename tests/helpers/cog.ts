// The COG (communes, EPCI, départements) of @etalab/decoupage-administratif, a dependency.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CogInput } from '../../src/lib/import/cog';

const COG_DIR = resolve(process.cwd(), 'node_modules/@etalab/decoupage-administratif/data');

/** One of the package's data files (`communes.json`, `epci.json`, `departements.json`), parsed. */
export const loadCogFile = (name: string) =>
	JSON.parse(readFileSync(resolve(COG_DIR, name), 'utf8'));

/** The whole real COG, as the build reads it (fresh objects at each call). */
export const realCogInput = (): CogInput => ({
	communes: loadCogFile('communes.json'),
	epci: loadCogFile('epci.json'),
	departements: loadCogFile('departements.json')
});
