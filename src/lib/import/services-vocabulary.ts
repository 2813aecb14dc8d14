/**
 * Vocabulary of the national schema v1 (LaMednum/standard-mediation-num 1.0.2) and the mapping
 * from the older vocabulary used by data·inclusion 2023 and the conseillers numériques 2022
 * export. The mapping follows the meaning of each old label; it is many-to-one and never invents
 * a service the old label does not imply.
 */

/** The schema v1 `services` enum. */
export const SERVICES_V1 = [
	'Aide aux démarches administratives',
	'Maîtrise des outils numériques du quotidien',
	'Insertion professionnelle via le numérique',
	'Utilisation sécurisée du numérique',
	'Parentalité et éducation avec le numérique',
	'Loisirs et créations numériques',
	'Compréhension du monde numérique',
	'Accès internet et matériel informatique',
	'Acquisition de matériel informatique à prix solidaire'
] as const;

/** The schema v1 `publics_specifiquement_adresses` enum. */
export const PUBLICS_V1 = [
	'Jeunes',
	'Étudiants',
	'Familles et/ou enfants',
	'Seniors',
	'Femmes'
] as const;

/** The schema v1 `frais_a_charge` enum. */
export const FRAIS_V1 = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;

/** Old service label → v1 service. */
export const OLD_SERVICES: Record<string, string> = {
	'Prendre en main un smartphone ou une tablette': 'Maîtrise des outils numériques du quotidien',
	'Prendre en main un ordinateur': 'Maîtrise des outils numériques du quotidien',
	'Utiliser le numérique au quotidien': 'Maîtrise des outils numériques du quotidien',
	'Approfondir ma culture numérique': 'Compréhension du monde numérique',
	// Citizenship online (information, rights, critical reading) is the v1 "understanding" service.
	'Promouvoir la citoyenneté numérique': 'Compréhension du monde numérique',
	'Accéder à du matériel': 'Accès internet et matériel informatique',
	'Accéder à une connexion internet': 'Accès internet et matériel informatique',
	'Devenir autonome dans les démarches administratives': 'Aide aux démarches administratives',
	'Réaliser des démarches administratives avec un accompagnement':
		'Aide aux démarches administratives',
	// Health procedures (Ameli, Mon Espace Santé) are online administrative procedures in v1.
	'Accompagner les démarches de santé': 'Aide aux démarches administratives',
	'Favoriser mon insertion professionnelle': 'Insertion professionnelle via le numérique',
	'Créer et développer mon entreprise': 'Insertion professionnelle via le numérique',
	'Créer avec le numérique': 'Loisirs et créations numériques',
	'Soutenir la parentalité et l’éducation avec le numérique':
		'Parentalité et éducation avec le numérique',
	"Soutenir la parentalité et l'éducation avec le numérique":
		'Parentalité et éducation avec le numérique',
	"S'équiper en matériel informatique": 'Acquisition de matériel informatique à prix solidaire',
	'S’équiper en matériel informatique': 'Acquisition de matériel informatique à prix solidaire'
};

/**
 * Old `publics_accueillis` label → v1 public, or null for labels that are known but have no v1
 * public: "Adultes" is the general public, and the disabilities, illiteracy and languages belong
 * to `prise_en_charge_specifique`, which HelpPointRecord does not carry.
 */
export const OLD_PUBLICS: Record<string, string | null> = {
	'Jeunes (16-26 ans)': 'Jeunes',
	'Seniors (+ 65 ans)': 'Seniors',
	'Familles/enfants': 'Familles et/ou enfants',
	Étudiants: 'Étudiants',
	Femmes: 'Femmes',
	Adultes: null,
	"Handicaps mentaux : déficiences limitant les activités d'une personne": null,
	'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales':
		null,
	"Personnes en situation d'illettrisme": null,
	Surdité: null,
	'Déficience visuelle': null,
	'Public langues étrangères': null
};

/** Old `conditions_acces` label (text before the colon) → v1 `frais_a_charge`. */
export const OLD_FRAIS: Record<string, string> = {
	Gratuit: 'Gratuit',
	'Gratuit sous condition': 'Gratuit sous condition',
	Payant: 'Payant',
	// A membership fee is a cost to the person.
	Adhésion: 'Payant'
};

/** Collects unknown labels so each distinct value is reported once, with its first line. */
export class UnknownValues {
	private seen = new Map<
		string,
		{ field: string; value: string; line: number; count: number; lastLine: number }
	>();

	/** Remember one unknown value met on a line. */
	add(field: string, value: string, line: number): void {
		const key = `${field}\u0000${value}`;
		const known = this.seen.get(key);
		if (known) {
			if (known.lastLine !== line) known.count++;
			known.lastLine = line;
		} else this.seen.set(key, { field, value, line, count: 1, lastLine: line });
	}

	/** One entry per distinct (field, value): its first line and how many rows had it. */
	list(): { field: string; value: string; line: number; count: number }[] {
		return [...this.seen.values()].map(({ field, value, line, count }) => ({
			field,
			value,
			line,
			count
		}));
	}
}

function mapValues(
	values: string[],
	v1: readonly string[],
	old: Record<string, string | null>,
	onUnknown: (value: string) => void
): string[] {
	const out = new Set<string>();
	for (const raw of values) {
		const value = raw.trim();
		if (v1.includes(value)) out.add(value);
		else if (value in old) {
			const mapped = old[value];
			if (mapped) out.add(mapped);
		} else onUnknown(value);
	}
	return [...out].sort((a, b) => v1.indexOf(a) - v1.indexOf(b));
}

/** v1 services for labels in either vocabulary, in enum order, without duplicates. */
export function mapServices(values: string[], onUnknown: (value: string) => void): string[] {
	return mapValues(values, SERVICES_V1, OLD_SERVICES, onUnknown);
}

/**
 * v1 publics for labels in either vocabulary. A place that lists "Adultes" welcomes everyone, so
 * it addresses no public specifically and gets none.
 */
export function mapPublics(values: string[], onUnknown: (value: string) => void): string[] {
	if (values.some((v) => v.trim() === 'Adultes')) return [];
	return mapValues(values, PUBLICS_V1, OLD_PUBLICS, onUnknown);
}

/** v1 fees for labels such as "Gratuit : Je peux accéder gratuitement…" or "Gratuit|Payant". */
export function mapFrais(values: string[], onUnknown: (value: string) => void): string[] {
	const heads = values.map((v) => v.split(':')[0].trim());
	return mapValues(heads, FRAIS_V1, OLD_FRAIS, onUnknown);
}
