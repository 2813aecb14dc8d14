/**
 * What the planner view receives about coverage: per-commune figures for the map and the
 * dashboard (`/api/territoires/{code}/couverture`), one commune's panel (`/api/communes/{code}`).
 */
import type { CoverageParams } from '../analysis/coverage-params';
import type { Dashboard } from '../analysis/dashboard';
import type { RateOrigin } from '../analysis/references';
import type { ShownValue } from '../analysis/published-value';
import type { CommuneRow, EpciRow } from './rows';
import type { TerritoryLevel, TerritoryRef } from './territory';

/**
 * The averages in force for the chosen indicator. `departement` and `region` are those of the
 * territory when it lies in one département or one région (else null: see the maps by code).
 */
export interface CoverageReferences {
	departement: number | null;
	/** How the département's average was obtained (illectronisme: source or mean). */
	departementOrigin: RateOrigin | null;
	region: number | null;
	regionOrigin: RateOrigin | null;
	france: number | null;
	epci: Record<string, number | null>;
	/** Every département and région of the territory (FR: all), by code (R93 for a région). */
	departements?: Record<string, number | null>;
	regions?: Record<string, number | null>;
}

/** Per-commune figures, short keys: the map joins them to its features by `code`. */
export interface CommuneView {
	code: string;
	/** indicator value */
	v: number | null;
	/** gap to the reference average */
	e: number | null;
	/** reference average */
	r: number | null;
	/** zone blanche */
	zb: boolean;
	/** served by an itinerant service */
	it: boolean;
	/** help points within the threshold */
	w: number;
	/**
	 * nearest counted help point: id, name, kind, crow-flies km, and `route`, the road estimate
	 * the zone-blanche threshold uses (the one screens show)
	 */
	p: { id: number; nom: string; kind: string; km: number; route: number } | null;
	/** illectronisme painted from: commune | epci | departement */
	ill: string | null;
}

/** A part's dashboard: the same figures, without the EPCI table. */
export type PartDashboard = Omit<Dashboard, 'epci'>;

/** What the planner view needs for a territory (any level) and a set of choices. */
export interface CoverageViewData {
	params: CoverageParams;
	territoire: TerritoryRef;
	references: CoverageReferences;
	/** Per-commune figures; empty when asked without them (`communes=0`). */
	communes: CommuneView[];
	dashboard: Dashboard;
	/** The level of its parts (régions of France, départements, EPCI, communes of an EPCI). */
	niveauParties: TerritoryLevel | null;
	/** The dashboard of each part, whole (an EPCI with all its communes), by code. */
	parties: Record<string, PartDashboard>;
}

/** A help point near a commune, in the commune's panel. */
export interface NearbyHelp {
	id: number;
	nom: string;
	kind: string;
	itinerant: boolean;
	/** Crow-flies km, for reference; screens show `route`. */
	km: number;
	/** Road estimate in km: the distance the zone-blanche threshold uses. */
	route: number;
	/** An itinerant service that serves this commune (its distance is to its base). */
	dessert: boolean;
}

/** A commune's values against its averages, and the help near it. */
export type CommuneViewData = CommuneDetail & {
	proches: NearbyHelp[];
	sources: { key: string; titre: string; producteur: string; date: string }[];
	/** How the département's illectronisme rate was obtained (see illectronismeReferences). */
	illectronisme_departement_origine: RateOrigin | null;
};

/** The columns of a commune that its detail shows, with its EPCI's name. */
export type CommuneFacts = Pick<
	CommuneRow,
	'code' | 'nom' | 'departement' | 'epci' | 'population' | 'lat' | 'lon' | 'geom_status'
> & { epci_nom: EpciRow['nom'] | null };

/** One commune as its panel shows it (`getCommune` in `server/db/communes.ts`). */
export interface CommuneDetail extends CommuneFacts {
	/** indicator → { commune, epci, departement, france } with the method and source of each. */
	indicateurs: Record<
		string,
		{
			commune: number | null;
			methode: string | null;
			niveau_source: string | null;
			/** The EPCI's value as shown: published (IFN of La MedNum) where there is one. */
			epci: number | null;
			/** How `epci` was chosen, with the published value and the computed mean (IFN only). */
			epci_origine: ShownValue | null;
			departement: number | null;
			france: number | null;
			source: string | null;
		}
	>;
}
