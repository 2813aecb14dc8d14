// Help points as the schema export reads them, covering every kind and the awkward values.
import type { ExportLieu } from '../../src/lib/types/exports';

export const base: ExportLieu = {
	id: 1,
	kind: 'mediation',
	nom: 'Espace numérique, « Le Relais »',
	adresse: '12 rue des Écoles',
	code_postal: '04120',
	code_insee: '04039',
	commune: 'Castellane',
	lat: 43.84732,
	lon: 6.51301,
	itinerant: 0,
	telephone: '+33492836100',
	courriel: 'contact@relais.fr',
	site_web: 'https://relais.fr/',
	horaires: 'Mo-Fr 09:00-12:00,14:00-17:00',
	horaires_brut: 'Mo-Fr 09:00-12:00,14:00-17:00',
	services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
	publics: 'Jeunes|Seniors',
	frais: 'Gratuit',
	prise_rdv: 'https://rdv.relais.fr/',
	date_maj: '2025-04-01',
	source: 'hub-du-sud-2023',
	source_id: 'abc-1',
	producteur: 'Hub du Sud'
};

/** Help points covering every kind and the awkward values. */
export const LIEUX: ExportLieu[] = [
	base,
	{
		...base,
		kind: 'france-services',
		nom: 'Bus France services',
		itinerant: 1,
		adresse: null,
		horaires: null,
		horaires_brut: '31 h d’ouverture par semaine',
		prise_rdv: 'Sur rendez-vous',
		publics: '',
		site_web: null,
		source: 'france-services-2024',
		source_id: '3097'
	},
	{
		...base,
		kind: 'bibliotheque',
		services: '',
		frais: '',
		horaires: null,
		horaires_brut: null,
		source_id: 'b-2'
	},
	{ ...base, kind: 'conseiller-numerique', telephone: null, courriel: null, source_id: 'c-3' },
	{
		...base,
		kind: 'aidants-connect',
		prise_rdv: null,
		services: 'Aide aux démarches administratives',
		source_id: 'a:4'
	}
];
