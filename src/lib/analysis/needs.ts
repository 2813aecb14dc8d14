/**
 * The resident finder's filters in plain French ("Faire une démarche administrative", "Je suis
 * senior"), mapped onto the national schema v1 enums (`services`,
 * `publics_specifiquement_adresses`, `frais_a_charge`) that help points carry.
 */
import { kindInfo } from '../catalog/kinds';

/** A need, as people say it, and the schema services that meet it (any one of them is enough). */
export interface Need {
	key: string;
	label: string;
	services: string[];
}

/** Who the person is, and the schema publics that place welcomes specifically. */
export interface PublicFilter {
	key: string;
	label: string;
	publics: string[];
}

/** The needs offered as filters, in display order. Keys go into URLs: keep them stable. */
export const NEEDS: readonly Need[] = [
	{
		key: 'demarches',
		label: 'Faire une démarche administrative',
		services: ['Aide aux démarches administratives']
	},
	{
		key: 'apprendre',
		label: 'Apprendre à utiliser mon téléphone ou mon ordinateur',
		services: ['Maîtrise des outils numériques du quotidien']
	},
	{
		key: 'enfant',
		label: 'Accompagner mon enfant',
		services: ['Parentalité et éducation avec le numérique']
	},
	{
		key: 'emploi',
		label: 'Trouver un emploi',
		services: ['Insertion professionnelle via le numérique']
	},
	{
		key: 'acces',
		label: 'Accéder à internet ou à un ordinateur',
		services: ['Accès internet et matériel informatique']
	},
	{
		// schema v1 has no health service: online health procedures (Ameli, Mon espace santé) are
		// administrative procedures there, as in services-vocabulary.ts
		key: 'sante',
		label: 'Être aidé pour ma santé (Ameli, Mon espace santé)',
		services: ['Aide aux démarches administratives']
	},
	{
		key: 'securite',
		label: 'Me protéger des arnaques en ligne',
		services: ['Utilisation sécurisée du numérique']
	},
	{
		key: 'materiel',
		label: 'Acheter un ordinateur à petit prix',
		services: ['Acquisition de matériel informatique à prix solidaire']
	},
	{
		key: 'decouvrir',
		label: 'Découvrir le numérique et créer',
		services: ['Loisirs et créations numériques', 'Compréhension du monde numérique']
	}
];

/** The "Qui je suis" filters. Keys go into URLs: keep them stable. */
export const PUBLICS: readonly PublicFilter[] = [
	{ key: 'senior', label: 'Senior', publics: ['Seniors'] },
	{ key: 'jeune', label: 'Jeune', publics: ['Jeunes'] },
	{ key: 'etudiant', label: 'Étudiant ou étudiante', publics: ['Étudiants'] },
	{ key: 'famille', label: 'Parent, famille', publics: ['Familles et/ou enfants'] },
	{ key: 'femme', label: 'Femme', publics: ['Femmes'] }
];

/** Schema `frais_a_charge` values that count as free of charge. */
export const FREE = ['Gratuit', 'Gratuit sous condition'];

/** A help point's schema values, split on '|'. */
export interface LieuEnums {
	services: string[];
	publics: string[];
	frais: string[];
}

/** Filters chosen by the person, as keys of NEEDS and PUBLICS (unknown keys are ignored). */
export interface Filters {
	besoins?: string[];
	publics?: string[];
	gratuit?: boolean;
}

/** The schema services of the chosen needs (deduplicated), e.g. to pre-filter in SQL. */
export function servicesFor(besoins: readonly string[]): string[] {
	return [...new Set(NEEDS.filter((n) => besoins.includes(n.key)).flatMap((n) => n.services))];
}

/**
 * True when a help point suits the filters:
 * - besoins: every chosen need is met (the place offers at least one of its services), so a
 *   person needing two things is sent where both are done; a place listing no service matches
 *   no need;
 * - publics: a place that lists no public welcomes everyone (the schema's default: "un lieu
 *   d'inclusion numérique est inclusif et peut accueillir tout public"); one that lists some is
 *   kept when it names one of the person's publics;
 * - gratuit: "Gratuit" or "Gratuit sous condition" (the conditions are on the detail page); a
 *   place that says nothing about costs is left out, since we cannot promise it is free.
 */
export function matchesFilters(lieu: LieuEnums, filters: Filters): boolean {
	const needs = NEEDS.filter((n) => filters.besoins?.includes(n.key));
	if (!needs.every((n) => n.services.some((s) => lieu.services.includes(s)))) return false;
	const publics = PUBLICS.filter((p) => filters.publics?.includes(p.key)).flatMap((p) => p.publics);
	if (
		publics.length > 0 &&
		lieu.publics.length > 0 &&
		!publics.some((p) => lieu.publics.includes(p))
	)
		return false;
	return !filters.gratuit || lieu.frais.some((f) => FREE.includes(f));
}

/**
 * What the finder's main list is for: a place declares digital help when it is a France
 * services, a conseiller numérique or an Aidants Connect structure, or when it lists at least
 * one service of the national schema (médiation places, libraries that run workshops). Other
 * places (most libraries: the Ministry's file lists no service) are shown apart, as public
 * places where one may find a computer or ask, not as help.
 */
export function declaresDigitalHelp(lieu: { kind: string; services: readonly string[] }): boolean {
	return kindInfo(lieu.kind)?.helpByDefinition === true || lieu.services.length > 0;
}
