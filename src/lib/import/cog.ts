/**
 * Territories from the COG as shipped by @etalab/decoupage-administratif. Pure: the caller reads
 * the package's JSON arrays and passes them in.
 */

/** A commune entry of decoupage-administratif `communes.json` (fields we use). */
export interface CogCommuneRaw {
	code: string;
	nom: string;
	type: string;
	departement?: string;
	zone?: string;
	population?: number;
	anciensCodes?: string[];
	/** For a municipal arrondissement: its commune (Paris, Lyon, Marseille). */
	commune?: string;
}

/** An entry of decoupage-administratif `epci.json` (fields we use). */
export interface CogEpciRaw {
	code: string;
	nom: string;
	type: string;
	membres: { code: string; nom?: string }[];
}

/** An entry of decoupage-administratif `departements.json` (fields we use). */
export interface CogDepartementRaw {
	code: string;
	nom: string;
	region: string;
	zone?: string;
}

export interface Departement {
	code: string;
	nom: string;
	region: string;
}

export interface Epci {
	/** SIREN. */
	code: string;
	nom: string;
	/** CC, CA, CU, METRO or MET69. */
	type: string;
	/** Every département holding a member commune, sorted (some EPCIs straddle two). */
	departements: string[];
	/** Codes of all member communes, including those outside the requested départements. */
	membres: string[];
}

export interface Commune {
	code: string;
	nom: string;
	departement: string;
	epci: string | null;
	/** Population from the COG (null only for a few uninhabited collectivités, which we drop). */
	population: number | null;
	/** Codes of the former communes merged into this one (empty when none). */
	anciensCodes: string[];
}

export interface Cog {
	departements: Departement[];
	epcis: Epci[];
	communes: Commune[];
}

export interface CogInput {
	communes: CogCommuneRaw[];
	epci: CogEpciRaw[];
	departements: CogDepartementRaw[];
	/** Régions (code, nom); absent from older inputs and test fixtures. */
	regions?: { code: string; nom: string }[];
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/**
 * Départements, EPCIs and current communes for the given département codes (all when omitted).
 * Current communes are those of type 'commune-actuelle' outside the collectivités d'outre-mer
 * (zone 'com'), which have neither IFN values nor shapes. An EPCI is kept when at least one of
 * its members falls in the selection, and keeps its full member list.
 */
export function buildCog(input: CogInput, depCodes?: string[]): Cog {
	const wanted = depCodes ? new Set(depCodes) : null;
	const inSet = (dep: string | undefined) => !!dep && (!wanted || wanted.has(dep));

	const epciOf = new Map<string, string>();
	for (const e of input.epci) for (const m of e.membres) epciOf.set(m.code, e.code);

	const currentDep = new Map<string, string>();
	const communes: Commune[] = [];
	for (const c of input.communes) {
		if (c.type !== 'commune-actuelle' || c.zone === 'com' || !c.departement) continue;
		currentDep.set(c.code, c.departement);
		if (!inSet(c.departement)) continue;
		communes.push({
			code: c.code,
			nom: c.nom,
			departement: c.departement,
			epci: epciOf.get(c.code) ?? null,
			population: c.population ?? null,
			anciensCodes: c.anciensCodes ? [...c.anciensCodes] : []
		});
	}

	const epcis: Epci[] = [];
	for (const e of input.epci) {
		const deps = new Set<string>();
		for (const m of e.membres) {
			const d = currentDep.get(m.code);
			if (d) deps.add(d);
		}
		if (![...deps].some((d) => inSet(d))) continue;
		epcis.push({
			code: e.code,
			nom: e.nom,
			type: e.type,
			departements: [...deps].sort(),
			membres: e.membres.map((m) => m.code)
		});
	}

	const departements = input.departements
		.filter((d) => d.zone !== 'com' && inSet(d.code))
		.map((d) => ({ code: d.code, nom: d.nom, region: d.region }));

	return {
		departements: departements.sort(byCode),
		epcis: epcis.sort(byCode),
		communes: communes.sort(byCode)
	};
}

/**
 * Municipal arrondissements (Paris, Lyon, Marseille) per commune code, with their populations:
 * some sources (IFN 2023) give values for the arrondissements only.
 */
export function arrondissements(
	communes: CogCommuneRaw[]
): Map<string, { code: string; population: number | null }[]> {
	const out = new Map<string, { code: string; population: number | null }[]>();
	for (const c of communes) {
		if (c.type !== 'arrondissement-municipal' || !c.commune) continue;
		const list = out.get(c.commune) ?? [];
		list.push({ code: c.code, population: c.population ?? null });
		out.set(c.commune, list);
	}
	return out;
}
