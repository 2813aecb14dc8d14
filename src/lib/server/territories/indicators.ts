import type Database from 'better-sqlite3';
import { shownValue } from '../../analysis/published-value';
import { IFN_SUB_INDICATORS } from '../../catalog/indicators';
import { FRANCE, regionCode } from '../../params/territory';
import type { TerritoryIndicators, TerritoryRef } from '../../types/territory';
import { indicatorReferences } from '../coverage/territory-coverage';
import { shownIndicators } from '../db/published';
import { communeIndicators } from '../db/territoires';

/**
 * The IFN, its sub-scores and the illectronisme rate of a territory of any level, as every page
 * shows them: the scores published where there are some (La MedNum, per EPCI), else the build's
 * population-weighted means; illectronisme by the rule of `illectronismeReferences` (the source's
 * rate, else for a département or a région the mean of its communes' rates). A commune has its
 * own scores and the rate painted on it (`paintedIllectronisme`: its own, its EPCI's or its
 * département's, as on the map).
 */
export function territoryIndicators(
	db: Database.Database,
	t: Pick<TerritoryRef, 'niveau' | 'code'>,
	paintedIllectronisme: number | null = null
): TerritoryIndicators {
	const ill = indicatorReferences(db, 'illectronisme');
	if (t.niveau === 'commune') {
		const own = new Map(communeIndicators(db, t.code).map((r) => [r.indicateur, r]));
		const ifn = own.get('ifn');
		return {
			ifn_moyen: ifn?.valeur ?? null,
			ifn: ifn
				? ifn.methode === 'source'
					? shownValue({ valeur: ifn.valeur, source: ifn.source }, null)
					: shownValue(null, { valeur: ifn.valeur, methode: ifn.methode })
				: shownValue(null, null),
			sous_indices: subScores((k) => own.get(k)?.valeur ?? null),
			illectronisme: paintedIllectronisme,
			illectronisme_origine: paintedIllectronisme === null ? null : 'source'
		};
	}
	const code = t.niveau === 'region' ? regionCode(t.code) : t.niveau === 'france' ? FRANCE : t.code;
	const shown = shownIndicators(db, t.niveau, code);
	const rate =
		t.niveau === 'france'
			? { value: ill.france, origin: undefined }
			: t.niveau === 'region'
				? { value: ill.region[code], origin: ill.regionOrigin[code] }
				: t.niveau === 'departement'
					? { value: ill.departement[code], origin: ill.departementOrigin[code] }
					: { value: ill.epci[code], origin: undefined };
	const illectronisme = rate.value ?? null;
	return {
		ifn_moyen: shown.ifn?.calculee?.valeur ?? null,
		ifn: shown.ifn ?? shownValue(null, null),
		sous_indices: subScores((k) => shown[k]?.valeur ?? null),
		illectronisme,
		illectronisme_origine: illectronisme === null ? null : (rate.origin ?? 'source')
	};
}

const subScores = (value: (k: string) => number | null) =>
	Object.fromEntries(
		IFN_SUB_INDICATORS.map((k) => [k, value(k)])
	) as TerritoryIndicators['sous_indices'];
