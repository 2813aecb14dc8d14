/**
 * Everything a territorial dossier says, gathered from the modules the pages and the API use:
 * `territorySummary` (figures, parts, comparisons, sources), `analyseTerritory` with the default
 * choices (per-commune coverage and counts, as `/api/territoires/{code}/couverture`), the map
 * sheets of the print pipeline, the freshness rule. No figure is computed here a second way.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_PARAMS } from '../../analysis/coverage-params';
import { THRESHOLD_DISTANCE_LABEL } from '../../analysis/coverage';
import { per10k, type Dashboard } from '../../analysis/dashboard';
import { freshness, freshnessByEpci, STALE_RULE } from '../../analysis/freshness';
import { HELP_KINDS, KIND_INFO } from '../../catalog/kinds';
import { REFERENCE_INFO } from '../../catalog/references';
import { formatDate, formatNumber, parisDay, plural } from '../../labels';
import { endingWindow } from '../../catalog/place-status';
import type { Block } from '../../print/dossier-pages';
import type { DossierDocument } from '../../print/dossier-html';
import {
	dossierTables,
	exposedCommunes,
	fundingEndsText,
	partLabel,
	type DossierFacts
} from '../../print/dossier-tables';
import { renderSheetPages } from '../../print/sheet-svg';
import type { ThemeId } from '../../print/themes';
import { analyseTerritory } from '../coverage/territory-analysis';
import { lieuxFreshness, tourStops } from '../db/lieux';
import { epciNamesAll } from '../db/territoires';
import { placesEnding } from '../db/place-status';
import { territorySummary } from '../territories/summary';
import { sheetData, type PrintContext } from './print-data';

export interface Dossier {
	facts: DossierFacts;
	/** The printed document, maps included: only the PDF draws it. */
	document: () => DossierDocument;
	/** File name without extension: `dossier-04`. */
	name: string;
}

const fr = formatNumber;
/** A count and its noun: « 1 commune », « 12 communes ». */
const counted = (n: number, one: string, many?: string) => `${fr(n)} ${plural(n, one, many)}`;

/** The dossier of a département or an EPCI, or an error in French. */
export async function dossierData(
	db: Database.Database,
	code: string,
	ctx: PrintContext
): Promise<{ ok: true; value: Dossier } | { ok: false; error: string }> {
	const s = await territorySummary(db, code);
	if (!s)
		return { ok: false, error: `Territoire « ${code} » introuvable dans la base construite.` };
	if (s.niveau !== 'departement' && s.niveau !== 'epci')
		return {
			ok: false,
			error: `Le dossier de territoire s’imprime pour un département ou une intercommunalité : « ${s.nom} » n’en est pas un.`
		};
	const a = (await analyseTerritory(db, s.code, DEFAULT_PARAMS))!;
	// the day in Paris, as the print cache keys it: never yesterday's date after midnight
	const today = parisDay(ctx.now);
	const epciNames = epciNamesAll(db);
	const inside = (epci: string | null) => s.niveau === 'departement' || epci === s.code;
	const lieux = s.departements.flatMap((d) => lieuxFreshness(db, d)).filter((l) => inside(l.epci));
	const ref = REFERENCE_INFO[DEFAULT_PARAMS.reference];
	const window = endingWindow(today);
	const ending = s.departements
		.flatMap((d) => placesEnding(db, d, window.from, window.to))
		.filter((l) => inside(l.epci));
	const endingText = fundingEndsText(
		ending.map((l) => ({
			nom: l.nom,
			commune: l.commune_nom ?? l.code_insee,
			fin: l.fin_financement! // placesEnding selects the places with a date
		}))
	);

	const facts: DossierFacts = {
		territoire: { code: s.code, nom: s.nom, niveau: s.niveau },
		comparisons: [s, ...s.comparaisons].map((c) => ({
			code: c.code,
			nom: c.nom,
			niveau: c.niveau,
			ifn: c.ifn.valeur,
			sous_indices: c.sous_indices,
			illectronisme: c.illectronisme
		})),
		reference: { label: `Moyenne ${ref.adjective}`, value: a.references.departement },
		partLevel: s.niveau_parties,
		parts: s.parties.map((p) => {
			const total = Object.values(p.lieux).reduce((n, k) => n + k, 0);
			return {
				code: p.code,
				nom: p.nom,
				population: p.population,
				communes: p.communes,
				ifn: p.ifn.valeur,
				illectronisme: p.illectronisme,
				lieux: p.lieux,
				itinerants: Object.values(p.lieux_itinerants).reduce((n, k) => n + k, 0),
				per10k: per10k(total, p.population)
			};
		}),
		communes: a.communes.map((c, i) => {
			const cov = a.coverage[i];
			return {
				code: c.code,
				nom: c.nom,
				epci: c.epci ? (epciNames[c.epci] ?? c.epci) : '',
				population: c.population,
				ifn: cov.value,
				ecart: cov.ecart,
				zoneBlanche: cov.zoneBlanche,
				// rounded as the API's `route`
				nearest: cov.nearest
					? {
							nom: cov.nearest.nom,
							kind: cov.nearest.kind,
							km: Math.round(cov.nearest.roadKm * 10) / 10
						}
					: null
			};
		}),
		itinerants: lieux
			.filter((l) => l.itinerant)
			.map((l) => {
				const stops = tourStops(db, l.id);
				return {
					nom: l.nom,
					kind: l.kind,
					epci: l.epci_nom ?? '',
					arrets: stops.length,
					communes: [...new Set(stops.flatMap((t) => (t.commune ? [t.commune] : [])))]
				};
			}),
		sources: s.sources.map((x) => ({
			titre: x.titre,
			producteur: x.producteur,
			date: formatDate(x.date),
			mois: freshness(x.date, today).months
		})),
		freshnessByEpci: freshnessByEpci(lieux, today),
		checked: lieux
			.filter((l) => l.verifie_le && (freshness(l.verifie_le, today).months ?? 99) < 12)
			.map((l) => ({
				nom: l.nom,
				kind: l.kind,
				epci: l.epci_nom ?? '',
				date: formatDate(l.verifie_le)
			}))
	};

	const maps = (theme: ThemeId) => {
		const d = sheetData(
			db,
			{
				territoire: s.code,
				theme,
				format: 'A4-portrait',
				titre: null,
				sousTitre: null,
				bw: false,
				page: 1
			},
			ctx
		);
		return d.ok ? renderSheetPages(d.value) : [];
	};
	const label =
		s.niveau === 'departement' ? `Département ${s.nom} (${s.code})` : `Intercommunalité ${s.nom}`;
	return {
		ok: true,
		value: {
			facts,
			name: `dossier-${s.code}`,
			document: () => ({
				nom: s.nom,
				label,
				printedOn: formatDate(today),
				liveUrl: `${ctx.origin}/territoire/${s.code}`,
				sources: s.sources.map((x) => ({ ...x, date: formatDate(x.date) })),
				blocks: blocks(facts, a.dashboard, maps, s.nom, endingText)
			})
		}
	};
}

function blocks(
	f: DossierFacts,
	board: Dashboard,
	maps: (theme: ThemeId) => string[],
	nom: string,
	endingText: string
): Block[] {
	const t = dossierTables(f);
	const table = (id: string): Block => ({ type: 'table', table: t[id] });
	const ref = f.reference;
	const refText = ref.value === null ? 'pas de donnée' : fr(ref.value, 2);
	const parts = partLabel(f.partLevel).toLowerCase();
	const ifnSource = f.sources.find((x) => x.titre.startsWith('Indice de Fragilité Numérique'));
	const millesime = ifnSource ? `${ifnSource.titre}, ${ifnSource.date}` : 'IFN de La MedNum';
	const above = board.aboveAverage;
	const exposed = exposedCommunes(f.communes).length;
	const h = board.helpPoints;
	const kinds = HELP_KINDS.filter((k) => h.byKind[k])
		.map(
			(k) =>
				`${KIND_INFO[k].plural} : ${fr(h.byKind[k])}${h.itinerantByKind[k] ? ` (dont ${counted(h.itinerantByKind[k], 'itinérant')})` : ''}`
		)
		.join(' ; ');
	const seuil = DEFAULT_PARAMS.seuilKm;
	return [
		{ type: 'h2', text: '1. Fragilité numérique' },
		{
			type: 'p',
			text: `L’indice de fragilité numérique (IFN, La MedNum) mesure de 1 à 10 le risque d’exclusion numérique d’une population : plus il est élevé, plus le risque est fort. ${nom} : IFN ${fr(f.comparisons[0].ifn, 2)}, illectronisme ${f.comparisons[0].illectronisme === null ? 'pas de donnée' : `${fr(f.comparisons[0].illectronisme, 1)} %`}. ${ref.label} de référence : ${refText}.`
		},
		table('fragilite-comparaison'),
		table('fragilite-parties'),
		{
			type: 'p',
			text: `La ligne surlignée est la ${ref.label.toLowerCase()} (${refText}), pondérée par la population : les ${parts}s au-dessus d’elle sont plus fragiles que la moyenne.`
		},
		{
			type: 'figure',
			svgs: maps('ifn').slice(0, 1),
			alt: `Carte de l’indice de fragilité numérique par commune de ${nom} : plus la commune est foncée, plus son IFN est élevé. Les valeurs sont dans les tableaux de ce chapitre et du suivant.`,
			caption: `Carte : IFN par commune — ${nom}`
		},
		{ type: 'h2', text: '2. Communes les plus exposées' },
		{
			type: 'p',
			text: `Sur les ${counted(board.communes, 'commune')}, ${counted(above.count, 'commune')} ${plural(above.count, 'se situe', 'se situent')} au-delà de la ${ref.label.toLowerCase()} et ${plural(above.count, 'représente', 'représentent')} une population de ${counted(above.population, 'habitant')}. Parmi ${plural(above.count, 'elle', 'ces communes')}, ${fr(above.small)} ${plural(above.small, 'compte', 'comptent')} moins de 250 habitants.`
		},
		{
			type: 'p',
			text: `Méthode : l’IFN de chaque commune (${millesime}) est comparé à la ${ref.label.toLowerCase()} (${refText}) pondérée par la population ; ${fr(board.compared)} communes ont une valeur comparable. Le lieu d’aide le plus proche est celui de tous les types, à la ${THRESHOLD_DISTANCE_LABEL}. Les ${fr(exposed)} communes sont listées ci-dessous.`
		},
		table('communes-exposees'),
		{ type: 'h2', text: '3. L’aide qui existe' },
		{
			type: 'p',
			text: `${counted(h.total, 'lieu d’aide', 'lieux d’aide')}, dont ${counted(h.itinerant, 'service itinérant', 'services itinérants')}. ${kinds}.`
		},
		table('lieux-par-partie'),
		table('services-itinerants'),
		{ type: 'p', text: endingText },
		{
			type: 'figure',
			svgs: maps('lieux'),
			alt: `Carte des lieux d’aide au numérique de ${nom}, un symbole par type de lieu ; la liste numérotée des lieux suit la carte.`,
			caption: `Carte : lieux d’aide — ${nom}`
		},
		{ type: 'h2', text: '4. Zones blanches' },
		{
			type: 'p',
			text: `${counted(board.zonesBlanches.count, 'zone blanche', 'zones blanches')}, ${counted(board.zonesBlanches.population, 'habitant')}. Règle : une commune est une zone blanche quand son IFN dépasse la ${ref.label.toLowerCase()}, qu’aucun lieu d’aide n’est à moins de ${seuil} km (${THRESHOLD_DISTANCE_LABEL}) et qu’aucun service itinérant ne s’y arrête ni ne la dessert.`
		},
		table('zones-blanches'),
		{
			type: 'figure',
			svgs: maps('zones-blanches').slice(0, 1),
			alt: `Carte des zones blanches de ${nom} : les communes en zone blanche sont marquées ; leur liste est dans le tableau de ce chapitre.`,
			caption: `Carte : zones blanches — ${nom}`
		},
		{ type: 'h2', text: '5. Fraîcheur des informations' },
		{
			type: 'p',
			text: `Une information est jugée ancienne au-delà de 3 ans (${STALE_RULE}) ; la date d’un lieu est celle de sa source la plus récente, ou celle de la vérification d’un planificateur si elle est plus récente.`
		},
		table('fraicheur-sources'),
		table('fraicheur-epci'),
		table('corrections-recentes')
	];
}
