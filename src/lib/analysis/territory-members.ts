/** Which territory of a level holds a commune or a help point: one rule for every dashboard. */
import { FRANCE, regionUrlCode } from '../params/territory';
import type { TerritoryLevel } from '../types/territory';

/** What places a commune: its département, its EPCI and its région (COG code, 93). */
export interface MemberCommune {
	code: string;
	departement: string;
	epci: string | null;
	region?: string | null;
}

/** The level a territory's parts are at: France → régions → départements → EPCI → communes. */
export const PART_LEVEL: Record<TerritoryLevel, TerritoryLevel | null> = {
	france: 'region',
	region: 'departement',
	departement: 'epci',
	epci: 'commune',
	commune: null
};

/** The code of the territory of `niveau` holding a commune (FR, R93, 04, SIREN, INSEE), or null. */
export function territoryOf(niveau: TerritoryLevel, c: MemberCommune): string | null {
	switch (niveau) {
		case 'france':
			return FRANCE;
		case 'region':
			return c.region ? regionUrlCode(c.region) : null;
		case 'departement':
			return c.departement;
		case 'epci':
			return c.epci;
		case 'commune':
			return c.code;
	}
}

/** A help point as the dashboards place it: its département and its commune (INSEE). */
export interface MemberPoint {
	departement: string | null;
	commune: string | null;
}

/**
 * The territory of `niveau` a help point counts in. From the département up, that of its
 * département (as the département summary always counted); below, that of its commune, so an
 * itinerant service counts in the EPCI of its base. Null when it cannot be placed at that level.
 */
export function pointTerritoryOf(
	niveau: TerritoryLevel,
	p: MemberPoint,
	communes: ReadonlyMap<string, MemberCommune>,
	regionOfDepartement: ReadonlyMap<string, string | null>
): string | null {
	if (niveau === 'france') return FRANCE;
	if (niveau === 'region') {
		const region = p.departement ? regionOfDepartement.get(p.departement) : null;
		return region ? regionUrlCode(region) : null;
	}
	if (niveau === 'departement') return p.departement;
	const c = p.commune ? communes.get(p.commune) : undefined;
	return c ? territoryOf(niveau, c) : null;
}
