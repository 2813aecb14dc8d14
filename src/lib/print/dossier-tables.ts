/**
 * The tables of a territorial dossier, built once from the facts the server gathered: the PDF
 * draws them and the zip writes them as CSV, so the two always carry the same figures. Pure.
 */
import { IFN_SUB_INDICATORS, INDICATOR_INFO, type IfnSubIndicator } from '../catalog/indicators';
import { HELP_KINDS, KIND_INFO } from '../catalog/kinds';
import type { TerritoryLevel, TerritoryRef } from '../types/territory';
import { formatDate, formatNumber } from '../labels';

export type Cell = string | number | null;

export interface Column {
	label: string;
	/** Share of the printed width (the widths of a table add up to 1). */
	width: number;
	/** Decimals of a number column; absent for text. */
	digits?: number;
}

export interface DossierTable {
	/** File name in the zip, without `.csv`. */
	id: string;
	caption: string;
	columns: Column[];
	rows: Cell[][];
	/** Rows drawn as the reference line (the average the others are compared with). */
	marked: number[];
}

/** A part of the territory (an EPCI of a département, a commune of an EPCI) with its figures. */
export interface DossierPart {
	code: string;
	nom: string;
	population: number;
	communes: number;
	ifn: number | null;
	illectronisme: number | null;
	lieux: Record<string, number>;
	itinerants: number;
	/** Help points per 10,000 inhabitants (`per10k` of the dashboard). */
	per10k: number | null;
}

/** A commune of the territory with its coverage (default analysis, as the API's). */
export interface DossierCommune {
	code: string;
	nom: string;
	epci: string;
	population: number;
	ifn: number | null;
	/** Gap to the reference average; null when not compared. */
	ecart: number | null;
	zoneBlanche: boolean;
	/** Nearest counted help point and its road estimate in km (rounded as the API's `route`). */
	nearest: { nom: string; kind: string; km: number } | null;
}

/** What the server gathers for a dossier; every figure comes from an existing module. */
export interface DossierFacts {
	territoire: TerritoryRef;
	/** The territory itself first, then the levels above it. */
	comparisons: (TerritoryRef & {
		ifn: number | null;
		sous_indices: Record<IfnSubIndicator, number | null>;
		illectronisme: number | null;
	})[];
	/** The average communes are compared with. */
	reference: { label: string; value: number | null };
	partLevel: TerritoryLevel | null;
	parts: DossierPart[];
	communes: DossierCommune[];
	itinerants: { nom: string; kind: string; epci: string; arrets: number; communes: string[] }[];
	sources: { titre: string; producteur: string; date: string | null; mois: number | null }[];
	freshnessByEpci: { nom: string; total: number; anciens: number }[];
	checked: { nom: string; kind: string; epci: string; date: string }[];
}

const LEVEL_LABEL: Record<TerritoryLevel, string> = {
	france: 'France',
	region: 'Région',
	departement: 'Département',
	epci: 'Intercommunalité',
	commune: 'Commune'
};

const kindLabel = (k: string) => KIND_INFO[k as keyof typeof KIND_INFO]?.plural ?? k;
const byIfn = (a: { ifn: number | null }, b: { ifn: number | null }) =>
	(b.ifn ?? -Infinity) - (a.ifn ?? -Infinity);

/** "EPCI" or "Commune": what the parts of the territory are. */
export function partLabel(level: TerritoryLevel | null): string {
	return level === 'epci' ? 'Intercommunalité' : level ? LEVEL_LABEL[level] : 'Partie';
}

/** The communes above the reference average, most fragile first. */
export function exposedCommunes(communes: DossierCommune[]): DossierCommune[] {
	return communes.filter((c) => c.ecart !== null && c.ecart > 0).sort(byIfn);
}

/**
 * The parts sorted by IFN, most fragile first, with the reference average slotted where it
 * falls (as the roadmaps list the EPCI against the département's average).
 */
function fragilityTable(f: DossierFacts): DossierTable {
	const parts = [...f.parts].sort(byIfn);
	const rows: Cell[][] = parts.map((p) => [
		p.nom,
		p.population,
		p.communes,
		p.ifn,
		p.illectronisme
	]);
	const marked: number[] = [];
	if (f.reference.value !== null) {
		const at = parts.findIndex((p) => p.ifn === null || p.ifn < f.reference.value!);
		const i = at === -1 ? rows.length : at;
		rows.splice(i, 0, [f.reference.label, null, null, f.reference.value, null]);
		marked.push(i);
	}
	return {
		id: 'fragilite-parties',
		caption: `IFN et illectronisme par ${partLabel(f.partLevel).toLowerCase()}, du plus fragile au moins fragile`,
		columns: [
			{ label: partLabel(f.partLevel), width: 0.46 },
			{ label: 'Population', width: 0.14, digits: 0 },
			{ label: 'Communes', width: 0.12, digits: 0 },
			{ label: 'IFN', width: 0.12, digits: 2 },
			{ label: 'Illectronisme (%)', width: 0.16, digits: 1 }
		],
		rows,
		marked
	};
}

function comparisonTable(f: DossierFacts): DossierTable {
	const sub = IFN_SUB_INDICATORS.map((k) => ({
		label: INDICATOR_INFO[k].label,
		width: 0.112,
		digits: 2
	}));
	return {
		id: 'fragilite-comparaison',
		caption: 'IFN et ses cinq sous-indices, comparés aux niveaux supérieurs',
		columns: [
			{ label: 'Territoire', width: 0.24 },
			{ label: 'IFN', width: 0.08, digits: 2 },
			...sub,
			{ label: 'Illectro\u00adnisme (%)', width: 0.12, digits: 1 }
		],
		rows: f.comparisons.map((c) => [
			`${c.nom} (${LEVEL_LABEL[c.niveau].toLowerCase()})`,
			c.ifn,
			...IFN_SUB_INDICATORS.map((k) => c.sous_indices[k]),
			c.illectronisme
		]),
		marked: [0]
	};
}

function nearestCells(c: DossierCommune): Cell[] {
	return [
		c.nearest ? `${c.nearest.nom} (${kindLabel(c.nearest.kind)})` : '',
		c.nearest?.km ?? null
	];
}

function communesTable(
	id: string,
	caption: string,
	list: DossierCommune[],
	withGap: boolean
): DossierTable {
	const columns: Column[] = [
		{ label: 'Commune', width: 0.19 },
		{ label: 'Intercommunalité', width: 0.22 },
		{ label: 'Population', width: 0.11, digits: 0 },
		{ label: 'IFN', width: 0.07, digits: 2 },
		...(withGap ? [{ label: 'Écart', width: 0.07, digits: 2 }] : []),
		{ label: 'Lieu d’aide le plus proche', width: withGap ? 0.24 : 0.31 },
		{ label: 'Distance (km)', width: 0.1, digits: 1 }
	];
	return {
		id,
		caption,
		columns,
		rows: list.map((c) => [
			c.nom,
			c.epci,
			c.population,
			c.ifn,
			...(withGap ? [c.ecart] : []),
			...nearestCells(c)
		]),
		marked: []
	};
}

function helpTable(f: DossierFacts): DossierTable {
	const kinds = HELP_KINDS.filter((k) => f.parts.some((p) => p.lieux[k]));
	const w = 0.5 / Math.max(1, kinds.length);
	return {
		id: 'lieux-par-partie',
		caption: `Lieux d’aide par type et par ${partLabel(f.partLevel).toLowerCase()}`,
		columns: [
			{ label: partLabel(f.partLevel), width: 0.22 },
			...kinds.map((k) => ({ label: KIND_INFO[k].short, width: w, digits: 0 })),
			{ label: 'Total', width: 0.08, digits: 0 },
			{ label: 'Dont itinérants', width: 0.1, digits: 0 },
			{ label: 'Pour 10\u00a0000 hab.', width: 0.1, digits: 1 }
		],
		rows: [...f.parts]
			.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
			.map((p) => [
				p.nom,
				...kinds.map((k) => p.lieux[k] ?? 0),
				Object.values(p.lieux).reduce((s, n) => s + n, 0),
				p.itinerants,
				p.per10k
			]),
		marked: []
	};
}

/** Every table of the dossier, in the order of the document. */
export function dossierTables(f: DossierFacts): Record<string, DossierTable> {
	const exposed = exposedCommunes(f.communes);
	const zb = f.communes.filter((c) => c.zoneBlanche).sort(byIfn);
	const tables: DossierTable[] = [
		comparisonTable(f),
		fragilityTable(f),
		communesTable(
			'communes-exposees',
			`Communes au-dessus de la ${f.reference.label.toLowerCase()}, de la plus fragile à la moins fragile`,
			exposed,
			true
		),
		helpTable(f),
		{
			id: 'services-itinerants',
			caption: 'Services itinérants et leurs tournées',
			columns: [
				{ label: 'Service', width: 0.3 },
				{ label: 'Type', width: 0.16 },
				{ label: 'Intercommunalité', width: 0.2 },
				{ label: 'Arrêts', width: 0.08, digits: 0 },
				{ label: 'Communes des arrêts', width: 0.26 }
			],
			rows: f.itinerants.map((s) => [
				s.nom,
				kindLabel(s.kind),
				s.epci,
				s.arrets,
				s.communes.join(', ')
			]),
			marked: []
		},
		communesTable(
			'zones-blanches',
			'Zones blanches, de la plus fragile à la moins fragile',
			zb,
			false
		),
		{
			id: 'fraicheur-sources',
			caption: 'Âge des informations par source',
			columns: [
				{ label: 'Source', width: 0.44 },
				{ label: 'Producteur', width: 0.26 },
				{ label: 'Date', width: 0.16 },
				{ label: 'Âge (mois)', width: 0.14, digits: 0 }
			],
			rows: f.sources.map((s) => [s.titre, s.producteur, s.date, s.mois]),
			marked: []
		},
		{
			id: 'fraicheur-epci',
			caption: 'Âge des informations sur les lieux d’aide, par intercommunalité',
			columns: [
				{ label: 'Intercommunalité', width: 0.52 },
				{ label: 'Lieux', width: 0.16, digits: 0 },
				{ label: 'Informations de plus de 3 ans ou sans date', width: 0.32, digits: 0 }
			],
			rows: f.freshnessByEpci.map((e) => [e.nom, e.total, e.anciens]),
			marked: []
		},
		{
			id: 'corrections-recentes',
			caption: 'Lieux vérifiés ou corrigés par un planificateur dans les 12 derniers mois',
			columns: [
				{ label: 'Lieu', width: 0.42 },
				{ label: 'Type', width: 0.2 },
				{ label: 'Intercommunalité', width: 0.24 },
				{ label: 'Vérifié le', width: 0.14 }
			],
			rows: f.checked.map((c) => [c.nom, kindLabel(c.kind), c.epci, c.date]),
			marked: []
		}
	];
	return Object.fromEntries(tables.map((t) => [t.id, t]));
}

/** A number as the dossier prints it (French, fixed decimals); text as it is. */
export function cellText(value: Cell, digits?: number): string {
	if (value === null || value === '') return '—';
	return typeof value === 'string' ? value : formatNumber(value, digits ?? 0);
}

/** A column's heading without the soft hyphens and no-break spaces that help narrow printed headings. */
export const plainLabel = (c: Column) => c.label.replace(/\u00ad/g, '').replace(/\u00a0/g, ' ');

/** A table as CSV rows for the zip: numbers rounded as printed, with their column headers. */
export function csvRecords(t: DossierTable): Record<string, string | number | null>[] {
	return t.rows.map((row) =>
		Object.fromEntries(
			t.columns.map((c, i) => {
				const v = row[i];
				const n =
					typeof v === 'number' && c.digits !== undefined
						? Math.round(v * 10 ** c.digits) / 10 ** c.digits
						: v;
				return [plainLabel(c), n];
			})
		)
	);
}

/** A place whose funding or contract ends soon, as a planner entered it. */
export interface EndingPlace {
	nom: string;
	commune: string | null;
	/** ISO date. */
	fin: string;
}

/**
 * The dossier's sentence on the funding that ends within 12 months: the places and their dates,
 * or that none is known; either way, that these dates come from the planners, no open source.
 */
export function fundingEndsText(places: EndingPlace[]): string {
	if (!places.length)
		return 'Fin de financement ou de contrat : aucun lieu du territoire n’en a une connue dans les 12 mois (ces dates sont saisies par les planificateurs ; aucune source ouverte ne les donne).';
	return `Fin de financement ou de contrat dans les 12 mois (dates saisies par les planificateurs : aucune source ouverte ne les donne) : ${places
		.map((l) => `${l.nom} (${l.commune ? `${l.commune}, ` : ''}${formatDate(l.fin)})`)
		.join(' ; ')}.`;
}
