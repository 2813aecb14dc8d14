/**
 * The value a page shows for a territory: the one its producer publishes where there is one (La
 * MedNum's IFN per EPCI), else the population-weighted mean Maillage computes from the communes,
 * marked as such. Both stay available with their source, so that the API can give either.
 * The comparison averages (zones blanches, écarts) are always the computed means.
 */

export type ValueOrigin = 'publiee' | 'calculee';

export interface ShownValue {
	/** The value to show: the published one, else the computed one; null = pas de donnée. */
	valeur: number | null;
	origine: ValueOrigin | null;
	publiee: { valeur: number; source: string } | null;
	calculee: { valeur: number; methode: string } | null;
}

/** The words that mark a shown value, after it or in a note. */
export const ORIGIN_LABEL: Record<ValueOrigin, string> = {
	publiee: 'publié par La MedNum',
	calculee: 'moyenne calculée par Maillage'
};

/** Choose the published value when there is one, else the computed mean (see the module). */
export function shownValue(
	publiee: ShownValue['publiee'],
	calculee: ShownValue['calculee']
): ShownValue {
	if (publiee && Number.isFinite(publiee.valeur))
		return { valeur: publiee.valeur, origine: 'publiee', publiee, calculee };
	if (calculee && Number.isFinite(calculee.valeur))
		return { valeur: calculee.valeur, origine: 'calculee', publiee: null, calculee };
	return { valeur: null, origine: null, publiee: null, calculee: null };
}
