/**
 * Column names as partners write them → the names the parsers read. Spreadsheets rename
 * columns ("Code INSEE", "code_insee", "INSEE", "Code commune"); we compare names without
 * accents, case, spaces or punctuation, then through a per-format table of known aliases. A
 * renamed column is fixed and said (warning); an unknown column is left as it is.
 *
 * Documented mapping (normalised alias → canonical name) for every import type below; the same
 * table is printed in data/examples/README.md.
 */
import Papa from 'papaparse';
import { plainText } from '../analysis/names';
import { issue } from './fields';
import type { ImportIssue } from './types';

/** The file formats `npm run import` reads. */
export const IMPORT_TYPES = [
	'lieux',
	'france-services',
	'bibliotheques',
	'ifn',
	'illectronisme',
	'tournees',
	'statut'
] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

const INSEE = ['code insee', 'insee', 'code commune', 'code insee commune', 'cog', 'code_com'];
const LAT = ['lat', 'latitude wgs84', 'y', 'coord y'];
const LON = ['lon', 'lng', 'long', 'longitude wgs84', 'x', 'coord x'];
const CP = ['cp', 'code postal', 'postal'];
const PHONE = ['tel', 'telephone', 'numero de telephone', 'phone'];
/** How a planner's file names a help point already in the database (see lieu-ref.ts). */
const LIEU_REF = {
	lieu_id: ['id lieu', 'lieu', 'identifiant lieu', 'id maillage'],
	lieu_source_id: ['id source', 'identifiant source', 'id lieu source', 'id fs', 'id_fs'],
	source: ['source du lieu', 'cle source']
};
const HOURS = ['horaires d ouverture', 'heures d ouverture', 'ouverture', 'opening hours'];

/** Canonical column → aliases, per import type (aliases are compared normalised). */
export const COLUMN_ALIASES: Record<ImportType, Record<string, string[]>> = {
	lieux: {
		id: ['identifiant', 'id lieu', 'identifiant unique'],
		nom: ['nom du lieu', 'nom de la structure', 'raison sociale', 'libelle'],
		commune: ['ville', 'nom commune', 'libelle commune', 'nom de la commune'],
		code_postal: CP,
		code_insee: INSEE,
		adresse: ['adresse postale', 'voie', 'rue'],
		latitude: LAT,
		longitude: LON,
		telephone: PHONE,
		courriels: ['courriel', 'email', 'e mail', 'mail', 'adresse mail', 'adresse e mail'],
		site_web: ['site', 'site internet', 'url', 'web'],
		horaires: HOURS,
		date_maj: ['date de mise a jour', 'mise a jour', 'date maj', 'maj'],
		frais_a_charge: ['frais', 'tarif', 'tarifs'],
		publics_specifiquement_adresses: ['publics', 'public'],
		prise_rdv: ['rdv', 'prise de rendez vous', 'rendez vous']
	},
	'france-services': {
		id_fs: ['id', 'identifiant', 'id france services'],
		lib_fs: ['nom', 'nom de la structure', 'libelle', 'nom france services'],
		insee_com: INSEE,
		lib_com: ['commune', 'ville', 'nom commune'],
		code_postal: CP,
		latitude: LAT,
		longitude: LON,
		telephone: PHONE,
		mail: ['courriel', 'email', 'e mail']
	},
	bibliotheques: {
		code_bib: ['code', 'identifiant', 'id'],
		Libelle1: ['nom', 'libelle', 'nom de la bibliotheque'],
		INSEE: INSEE,
		Ville: ['commune', 'nom commune'],
		CP: CP
	},
	ifn: {
		code: [...INSEE, 'code epci', 'siren', 'siren epci'],
		name: ['nom', 'libelle', 'commune'],
		total: ['ifn', 'score', 'score global', 'indice', 'indice de fragilite numerique']
	},
	illectronisme: {
		niveau: ['echelon', 'niveau geographique'],
		code: [...INSEE, 'code epci', 'code departement', 'code territoire'],
		libelle: ['nom', 'territoire'],
		taux_illectronisme_pct: ['taux', 'taux illectronisme', 'taux en', 'illectronisme', 'part']
	},
	tournees: {
		...LIEU_REF,
		code_insee: INSEE,
		latitude: LAT,
		longitude: LON,
		libelle: ['arret', 'lieu de l arret', 'emplacement', 'point d arret', 'adresse'],
		horaires: [...HOURS, 'passage', 'passages', 'jours de passage'],
		valide_du: ['du', 'debut', 'date de debut', 'valable du', 'valide a partir du'],
		valide_au: ['au', 'fin', 'date de fin', 'valable au', 'valide jusqu au']
	},
	statut: {
		...LIEU_REF,
		statut: ['etat', 'statut du lieu', 'situation'],
		fin_financement: [
			'fin de financement',
			'fin du financement',
			'date de fin',
			'date de fin de financement',
			'fin de contrat',
			'fin du contrat',
			'echeance',
			'fin'
		],
		note: ['note statut', 'commentaire', 'remarque', 'remarques']
	}
};

/**
 * Raw column name → canonical name for the columns that differ, with a warning for each.
 * A canonical column already present is never shadowed by an alias. `inferred` renames (read
 * from the values, see column-inference.ts) come first and are said by their finder.
 */
export function mapColumns(
	fields: string[],
	type: ImportType,
	file: string,
	inferred: ReadonlyMap<string, string> = new Map()
): { rename: Map<string, string>; issues: ImportIssue[] } {
	const table = COLUMN_ALIASES[type];
	const byNorm = new Map<string, string>();
	for (const [canonical, aliases] of Object.entries(table)) {
		byNorm.set(plainText(canonical), canonical);
		for (const a of aliases) byNorm.set(plainText(a), canonical);
	}
	const present = new Set([...fields.filter((f) => !inferred.has(f)), ...inferred.values()]);
	const rename = new Map(inferred);
	const issues: ImportIssue[] = [];
	for (const f of fields) {
		if (inferred.has(f)) continue;
		const canonical = byNorm.get(plainText(f));
		if (!canonical || canonical === f || present.has(canonical)) continue;
		if ([...rename.values()].includes(canonical)) continue;
		rename.set(f, canonical);
		const msg = `Colonne « ${f} » lue comme « ${canonical} ».`;
		issues.push(issue('warning', file, 1, canonical, msg));
	}
	return { rename, issues };
}

/** Offset of the end of the header line (a newline inside quotes does not count). */
function headerEnd(text: string): number {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '"') quoted = !quoted;
		else if (text[i] === '\n' && !quoted) return i;
	}
	return text.length;
}

/** The delimiter used most in a header line, outside quotes (same rule as csv.ts). */
function guessDelimiter(line: string): string {
	const delims = [',', ';', '\t'];
	const counts = [0, 0, 0];
	let quoted = false;
	for (const c of line) {
		if (c === '"') quoted = !quoted;
		else if (!quoted && delims.includes(c)) counts[delims.indexOf(c)]++;
	}
	return delims[counts.indexOf(Math.max(...counts))];
}

/**
 * The CSV text with its header line rewritten to canonical names (other lines untouched, so
 * line numbers stay those of the file). Used before parsers that read fixed column names.
 */
export function renameCsvHeader(
	text: string,
	type: ImportType,
	file: string,
	inferred?: ReadonlyMap<string, string>
): { text: string; issues: ImportIssue[] } {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const end = headerEnd(src);
	const headerLine = src.slice(0, end).replace(/\r$/, '');
	const delimiter = guessDelimiter(headerLine);
	const fields = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
	const { rename, issues } = mapColumns(fields, type, file, inferred);
	if (rename.size === 0) return { text: src, issues };
	const header = Papa.unparse([fields.map((f) => rename.get(f) ?? f)], {
		delimiter,
		newline: ''
	});
	const cr = src.slice(0, end).endsWith('\r') ? '\r' : '';
	return { text: header + cr + src.slice(end), issues };
}
