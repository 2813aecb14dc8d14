import { createRequire } from 'node:module';
import { cogIndex, type CogIndex } from '../../import/commune-reference';
import type { CogInput } from '../../import/cog';

const require = createRequire(import.meta.url);

/**
 * The COG arrays shipped by @etalab/decoupage-administratif (a dependency, so present wherever
 * the app runs): the build reads its territories there, an import the communes it places into.
 */
export function loadCogInput(): CogInput {
	return {
		communes: require('@etalab/decoupage-administratif/data/communes.json'),
		epci: require('@etalab/decoupage-administratif/data/epci.json'),
		departements: require('@etalab/decoupage-administratif/data/departements.json'),
		regions: require('@etalab/decoupage-administratif/data/regions.json')
	};
}

let index: CogIndex | undefined;

/** The COG indexed for placing records, made once per process (the package does not change). */
export function cogPlacementIndex(): CogIndex {
	return (index ??= cogIndex(loadCogInput().communes));
}
