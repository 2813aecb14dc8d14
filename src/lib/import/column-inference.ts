/**
 * What a column holds, read from its values checked against the COG rather than from its
 * header: planners paste INSEE codes under "Commune", postcodes under "Code", SIRENs under
 * "EPCI". When the values say clearly what a column is, that beats its header (said as a
 * warning naming the column).
 */
import type { ImportType } from './column-mapping';
import { mapColumns } from './column-mapping';
import type { CsvRow } from './csv';
import { issue } from './fields';
import { isNumericCell } from './header-detection';
import type { ImportIssue } from './types';

/** The territories values are checked against (the database's communes and EPCI). */
export interface CogLookup {
	communes: ReadonlyMap<string, { code: string; nom: string }>;
	communesByPostcode: ReadonlyMap<string, readonly { code: string; nom: string }[]>;
	epcis: ReadonlySet<string>;
}

export type ColumnRole = 'insee' | 'postcode' | 'siren' | 'percent' | 'number' | 'text' | 'empty';

export interface ColumnEvidence {
	field: string;
	role: ColumnRole;
	/** Non-empty values in the column. */
	values: number;
	/** Values that fit the role (known to the COG for codes). */
	matching: number;
	/** Codes found only after restoring a leading zero lost by a spreadsheet. */
	padded: number;
}

/** Share of values a role needs before it overrules a header. */
export const STRONG_SHARE = 0.8;
/** Values a column needs before its role is trusted. */
const MIN_VALUES = 2;

const pad = (v: string, len: number) => (/^\d+$/.test(v) && v.length === len - 1 ? '0' + v : v);

/** Role of one column from its values (the role most values fit; ties go to INSEE codes). */
export function inferColumn(field: string, values: string[], cog: CogLookup): ColumnEvidence {
	const filled = values.map((v) => v.trim()).filter(Boolean);
	const count = (ok: (v: string) => boolean) => filled.filter(ok).length;
	const padded = (len: number, known: (v: string) => boolean) =>
		count((v) => v.length === len - 1 && known(pad(v, len)));
	const insee = (v: string) => cog.communes.has(pad(v.toUpperCase(), 5));
	const postcode = (v: string) => /^\d{4,5}$/.test(v) && cog.communesByPostcode.has(pad(v, 5));
	const siren = (v: string) => cog.epcis.has(v);
	const candidates: [ColumnRole, number, number][] = [
		['insee', count(insee), padded(5, (v) => cog.communes.has(v))],
		['postcode', count(postcode), padded(5, (v) => cog.communesByPostcode.has(v))],
		['siren', count(siren), 0],
		['percent', count((v) => /%$/.test(v) && isNumericCell(v)), 0],
		['number', count(isNumericCell), 0]
	];
	const evidence: ColumnEvidence = {
		field,
		role: 'text',
		values: filled.length,
		matching: 0,
		padded: 0
	};
	if (filled.length === 0) return { ...evidence, role: 'empty' };
	for (const [role, matching, pads] of candidates)
		if (matching > evidence.matching && matching >= filled.length * STRONG_SHARE)
			Object.assign(evidence, { role, matching, padded: pads });
	if (evidence.role === 'text') evidence.matching = filled.length;
	return evidence;
}

/** Canonical columns each import type reads codes from, and the roles that fit them. */
const CODE_COLUMNS: Record<ImportType, [string, ColumnRole[]][]> = {
	lieux: [
		['code_insee', ['insee']],
		['code_postal', ['postcode']]
	],
	'france-services': [
		['insee_com', ['insee']],
		['code_postal', ['postcode']]
	],
	bibliotheques: [
		['INSEE', ['insee']],
		['CP', ['postcode']]
	],
	ifn: [['code', ['insee', 'siren']]],
	illectronisme: [['code', ['insee', 'siren']]],
	tournees: [['code_insee', ['insee']]],
	statut: []
};

const ROLE_LABEL: Record<ColumnRole, string> = {
	insee: 'des codes INSEE du COG',
	postcode: 'des codes postaux',
	siren: 'des SIREN d’EPCI',
	percent: 'des pourcentages',
	number: 'des nombres',
	text: 'du texte',
	empty: 'vides'
};

/**
 * Columns to read under another name because of their values: for each code column the type
 * reads, when the column its header names does not hold such codes and another column clearly
 * does, that column is read as the code column (and a header-named column that holds something
 * else is set aside). Returns the renames (raw → canonical) and one warning per rename.
 */
export function inferCodeColumns(
	fields: string[],
	rows: CsvRow[],
	type: ImportType,
	cog: CogLookup,
	file: string
): { rename: Map<string, string>; evidence: ColumnEvidence[]; issues: ImportIssue[] } {
	const evidence = fields.map((f) =>
		inferColumn(
			f,
			rows.map((r) => r.data[f] ?? ''),
			cog
		)
	);
	const byHeader = mapColumns(fields, type, file).rename;
	const canonicalOf = (f: string) => byHeader.get(f) ?? f;
	const rename = new Map<string, string>();
	const issues: ImportIssue[] = [];
	for (const [canonical, roles] of CODE_COLUMNS[type]) {
		const named = evidence.find((e) => canonicalOf(e.field) === canonical);
		if (named && (roles.includes(named.role) || named.role === 'empty')) continue;
		const best = evidence
			.filter((e) => roles.includes(e.role) && e.values >= Math.min(MIN_VALUES, rows.length))
			.filter(
				(e) => !rename.has(e.field) && CODE_COLUMNS[type].every(([c]) => c !== canonicalOf(e.field))
			)
			.sort((a, b) => b.matching - a.matching)[0];
		if (!best) continue;
		if (named) rename.set(named.field, `${named.field} (non lue)`);
		rename.set(best.field, canonical);
		const zero = best.padded ? `, ${best.padded} après ajout du zéro initial perdu` : '';
		const what = named
			? ` ; la colonne « ${named.field} » contient ${ROLE_LABEL[named.role]} et n’est pas lue`
			: '';
		const msg =
			`Colonne « ${best.field} » lue comme « ${canonical} » d’après ses valeurs : ` +
			`${best.matching} sur ${best.values} sont ${ROLE_LABEL[best.role]}${zero}${what}.`;
		issues.push(issue('warning', file, 1, canonical, msg));
	}
	return { rename, evidence, issues };
}
