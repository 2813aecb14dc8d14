import type { CommuneState } from './evaluate';

/** A commune's state in a scenario, in words: the editor, the shared page and the print. */
export function communeStateText(s: CommuneState): string {
	const km =
		s.nearestKm !== null
			? ` · ${s.nearestKm.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`
			: '';
	return (s.zoneBlanche ? 'zone blanche' : `${s.withinThreshold} lieu(x) à portée`) + km;
}
