import type { CommuneState } from './evaluate';

/** A commune's state in a scenario, in words: the editor, the shared page and the print. */
export function communeStateText(s: CommuneState): string {
	const km =
		s.nearestKm !== null
			? ` · ${s.nearestKm.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`
			: '';
	const state = s.zoneBlanche
		? 'zone blanche'
		: s.withinThreshold === 0 && s.servedByItinerant
			? 'desservie par un service itinérant'
			: `${s.withinThreshold} lieu(x) à portée`;
	return state + km;
}

/** What the shared page and the print say of removed places today's data no longer holds. */
export function lostPlacesText(n: number): string {
	return n === 1
		? '1 lieu retiré par ce scénario n’existe plus dans les données du jour : il n’est pas compté.'
		: `${n} lieux retirés par ce scénario n’existent plus dans les données du jour : ils ne sont pas comptés.`;
}
