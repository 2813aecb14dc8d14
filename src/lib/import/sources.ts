/**
 * The registry of open-data sources Maillage reads. Each entry names the file relative to a
 * source root (`data/sources/`, `$OPENDATA_DIR` or `../shared/opendata`), its producer, licence
 * and date, and the official address `npm run data:fetch` downloads it from.
 */
export interface SourceInfo {
	key: string;
	/** Path relative to a source root. */
	path: string;
	titre: string;
	producteur: string;
	licence: string;
	/** Date of the data (ISO), shown in the UI next to every value from this source. */
	date: string;
	/** Official download address (pinned commit of the public repository it was taken from). */
	url: string;
}

const GH = 'https://raw.githubusercontent.com';

export const SOURCES: SourceInfo[] = [
	{
		key: 'ifn-2023',
		path: 'ifn/ifn-commune-2023.csv',
		titre: 'Indice de Fragilité Numérique 2023 (communes)',
		producteur: 'La MedNum pour l’ANCT',
		licence: 'non précisée (publié sur fragilite-numerique.fr)',
		date: '2023-08-24',
		url: `${GH}/inclusion-numerique/stack/f834ffa01171899e8efc38eb0864174b42a29482/apps/web/public/data/ifn-city-all-variation.csv`
	},
	{
		key: 'ifn-epci-2023',
		path: 'ifn/ifn-epci-2023.csv',
		titre: 'Indice de Fragilité Numérique 2023 (EPCI)',
		producteur: 'La MedNum pour l’ANCT',
		licence: 'non précisée (publié sur fragilite-numerique.fr)',
		date: '2023-08-24',
		url: `${GH}/inclusion-numerique/stack/f834ffa01171899e8efc38eb0864174b42a29482/apps/web/public/data/ifn-epci-all-variation.csv`
	},
	{
		key: 'illectronisme-fne',
		path: 'illectronisme/illectronisme-feuilles-de-route-fne.csv',
		titre: 'Taux d’illectronisme cités par les feuilles de route France Numérique Ensemble',
		producteur: 'INSEE (2019, modélisé), repris par les feuilles de route 04 et 03',
		licence: 'Licence Ouverte (INSEE, réutilisation libre avec mention)',
		date: '2023-03-29',
		url: ''
	},
	{
		key: 'illectronisme-france',
		path: '',
		titre: 'Taux d’illectronisme en France (transcrit dans data/illectronisme-france.csv)',
		producteur: 'INSEE, INSEE Première n°1780',
		licence: 'Réutilisation libre avec mention (INSEE)',
		date: '2019-10-30',
		url: ''
	},
	{
		key: 'illectronisme-insee-hdf',
		path: 'illectronisme/illectronisme-insee-epci-hauts-de-france.json',
		titre: 'Illectronisme par EPCI, Hauts-de-France',
		producteur: 'INSEE',
		licence: 'Réutilisation libre avec mention (INSEE)',
		date: '2023-08-09',
		url: `${GH}/Assembleurs/portrea/21113020d37e45eb91cf673158a7d4678d34ed8b/data/epci/illectronisme-insee.json`
	},
	{
		key: 'france-services-2024',
		path: 'france-services/liste-fs-20240801.csv',
		titre: 'Liste des structures France services',
		producteur: 'ANCT, programme France services',
		licence: 'Licence Ouverte 2.0',
		date: '2024-08-01',
		url: `${GH}/anct-carto/france_services/e1016fd717a8c9cc53406621959c837fb74fc0c9/data/liste-fs-20240801.csv`
	},
	{
		key: 'bibliotheques',
		path: 'bibliotheques/adresses-des-bibliotheques-publiques.csv',
		titre: 'Adresses des bibliothèques publiques',
		producteur: 'Ministère de la Culture (Observatoire de la lecture publique)',
		licence: 'Licence Ouverte',
		date: '2020-11-26',
		url: `${GH}/dataforgoodfr/batch8_mednum/495e963136babdb0246e4680763e46512b794684/data/raw/adresses-des-bibliotheques-publiques.csv`
	},
	{
		key: 'hub-du-sud-2023',
		path: 'lieux-mediation-numerique/hub-du-sud-paca-lieux-mediation-numerique-20230517.json',
		titre: 'Lieux de médiation numérique, Hub du Sud (schéma national v1)',
		producteur: 'Hub du Sud via la cartographie nationale (ANCT)',
		licence: 'Licence Ouverte 2.0',
		date: '2023-05-17',
		url: `${GH}/anct-cartographie-nationale/client-application/8b2dea590c4f0d08a45f6c569184e8463864a63c/src/assets/data/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json`
	},
	{
		key: 'data-inclusion-2023',
		path: 'lieux-mediation-numerique/data-inclusion-lieux-mediation-numerique-2023.json',
		titre: 'Lieux de médiation numérique, data·inclusion',
		producteur: 'data·inclusion (GIP Plateforme de l’inclusion) via l’ANCT',
		licence: 'Licence Ouverte',
		date: '2023-02-06',
		url: `${GH}/anct-cartographie-nationale/mednum-cli/5c7c8a2adb6e982011017da01989d106f8b33205/assets/input/data-inclusion/data-inclusion.json`
	},
	{
		key: 'cnfs-2022',
		path: 'conseillers-numeriques/cnfs-lieux-permanences-2022.json',
		titre: 'Lieux de permanence des conseillers numériques France Services',
		producteur: 'ANCT, dispositif Conseiller numérique',
		licence: 'non précisée',
		date: '2022-12-02',
		url: `${GH}/anct-cartographie-nationale/mednum-cli/5d426e15a96ea2262f48dc0f83e60bc1e895f928/assets/input/cnfs.json`
	},
	{
		key: 'aidants-connect-2024',
		path: 'conseillers-numeriques/aidants-connect-structures-20240212.csv',
		titre: 'Structures habilitées Aidants Connect',
		producteur: 'Aidants Connect (ANCT, beta.gouv)',
		licence: 'non précisée',
		date: '2024-02-12',
		url: `${GH}/inclusion-numerique/stack/8cb7b0e7a627793bf9ee10deb71c292b310e6f20/apps/web/public/data/20240212-aidants_connect_structures.csv`
	},
	{
		key: 'communes-latlng-2024',
		path: 'communes/communes-france-2024-latlng.csv',
		titre: 'Communes de France 2024, point de référence',
		producteur: 'INSEE COG 2024, La Poste (compilation rcarlier/datas.fun)',
		licence: 'Licence Ouverte',
		date: '2024-08-02',
		url: `${GH}/rcarlier/datas.fun/b9874080432e11b943e93aeae75ee372a024697b/France/communes.csv`
	},
	{
		key: 'contours-2018',
		path: 'contours',
		titre: 'Contours des communes et départements (ADMIN EXPRESS COG 2018, simplifiés)',
		producteur: 'IGN, INSEE (gregoiredavid/france-geojson)',
		licence: 'Licence Ouverte',
		date: '2018-01-01',
		url: `${GH}/gregoiredavid/france-geojson/5d34ee6d0140c29f785fdb047d9329f1aab58833/departements`
	}
];

/** The source entry for a key; throws on an unknown key, which is a programming error. */
export function sourceInfo(key: string): SourceInfo {
	const s = SOURCES.find((x) => x.key === key);
	if (!s) throw new Error(`Unknown source key: ${key}`);
	return s;
}

/** Source key given to help points of a `lieux` file (the server may map ids to known sources). */
export const IMPORT_LIEUX_SOURCE = 'import-lieux';
/** Source key of the illectronisme rates a planner imports. */
export const IMPORT_ILLECTRONISME_SOURCE = 'import-illectronisme';

/**
 * The sources only planners' imports create: their `sources` row is written on first use, the
 * imported file as producer and the day of the import as date.
 */
export const IMPORT_SOURCES: Record<string, Pick<SourceInfo, 'titre' | 'licence'>> = {
	[IMPORT_LIEUX_SOURCE]: {
		titre: 'Lieux importés par un planificateur (schéma national des lieux de médiation numérique)',
		licence: 'selon le fichier fourni'
	},
	[IMPORT_ILLECTRONISME_SOURCE]: {
		titre: 'Taux d’illectronisme importés par un planificateur',
		licence: 'selon le fichier fourni'
	}
};

/** How a message names the values of a source: its title and producer, or an import's title. */
export function sourceName(key: string): string {
	const s = SOURCES.find((x) => x.key === key);
	return s ? `${s.titre}, ${s.producteur}` : (IMPORT_SOURCES[key]?.titre ?? key);
}

/** Producer and date of the COG data from @etalab/decoupage-administratif. */
export const COG_SOURCE: SourceInfo = {
	key: 'cog',
	path: '',
	titre: 'Découpage administratif (COG), populations',
	producteur: 'INSEE via @etalab/decoupage-administratif 6.0.0',
	licence: 'Licence Ouverte 2.0',
	date: '2025-01-01',
	url: 'https://www.npmjs.com/package/@etalab/decoupage-administratif'
};
