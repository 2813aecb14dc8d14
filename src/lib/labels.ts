/** French labels shown to people for the codes stored in the database. */
export const KIND_LABELS: Record<string, string> = {
	'france-services': 'France services',
	mediation: 'Lieu de médiation numérique',
	'conseiller-numerique': 'Conseiller numérique',
	bibliotheque: 'Bibliothèque, médiathèque',
	'aidants-connect': 'Aidants Connect'
};

export const KIND_LABELS_PLURAL: Record<string, string> = {
	'france-services': 'France services',
	mediation: 'Lieux de médiation numérique',
	'conseiller-numerique': 'Permanences de conseillers numériques',
	bibliotheque: 'Bibliothèques, médiathèques',
	'aidants-connect': 'Structures Aidants Connect'
};

export const INDICATOR_LABELS: Record<string, string> = {
	ifn: 'Indice de fragilité numérique',
	ifn_thd: 'Sans très haut débit',
	ifn_4g: 'Sans couverture 4G',
	ifn_pauvrete: 'Pauvreté',
	ifn_65plus: 'Part des 65 ans et plus',
	ifn_diplomes: 'Part des peu ou pas diplômés',
	illectronisme: 'Taux d’illectronisme'
};

/** Format a number the French way (comma decimal, narrow space thousands). */
export function formatNumber(n: number | null | undefined, digits = 0): string {
	if (n == null || Number.isNaN(n)) return 'pas de donnée';
	return n.toLocaleString('fr-FR', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

/** Format an ISO date as "17 mai 2023". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return 'date inconnue';
	const d = new Date(iso + (iso.length === 10 ? 'T12:00:00Z' : ''));
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('fr-FR', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Paris'
	});
}

/**
 * The noun for a count, the French way: singular for 0 and 1 ("1 zone blanche"), plural from 2
 * ("2 zones blanches"). `many` defaults to `one` + "s"; the count itself is formatted by the caller.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
	return Math.abs(n) < 2 ? one : many;
}
