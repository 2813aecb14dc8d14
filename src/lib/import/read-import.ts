/**
 * One uploaded file → parsed records of its import type, each with its line, and every problem
 * found (encoding, renamed columns, messy cells, duplicates, the type parser's own checks).
 * Pure: what needs the database (placing a point in a commune, finding a help point) is done by
 * the server's import runner.
 */
import { renameCsvHeader, type ImportType } from './column-mapping';
import { parseCsv, type CsvRow } from './csv';
import { decodeBytes, type Encoding } from './decode';
import { cleanText, issue, normaliseUrl, type RowContext } from './fields';
import { parseFranceServices } from './france-services';
import { parseBibliotheques } from './bibliotheques';
import { parseIfn, type IfnRecord } from './ifn';
import { parseIllectronismeCsv, type IllectronismeRecord } from './illectronisme';
import { parseLieux } from './mediation-v1';
import { duplicateIdLines, normaliseInseeCell, normaliseNumberCell } from './messy';
import { append } from './append';
import { inferCodeColumns, type CogLookup } from './column-inference';
import { cutTable } from './header-detection';
import { matchRowNames, type NameColumns, type NamedCommune } from './name-matcher';
import { countLines, overlongFields, tooManyRowsIssue } from './limits';
import { kindFromSchemaRow } from './national-schema';
import { IMPORT_LIEUX_SOURCE } from './sources';
import { parseTournees, type TourStopRecord } from './tournees';
import { parsePlaceStatuses, type PlaceStatusRecord } from './place-status';
import type { HelpPointRecord, ImportIssue } from './types';

/** A parsed record and the file line it came from. */
export interface Located<T> {
	line: number;
	record: T;
}

/** Records of one import, by family. */
export type ParsedImport =
	| { kind: 'help-points'; records: Located<HelpPointRecord>[] }
	| { kind: 'tournees'; records: Located<TourStopRecord>[] }
	| { kind: 'ifn'; records: Located<IfnRecord>[] }
	| { kind: 'illectronisme'; records: Located<IllectronismeRecord>[] }
	| { kind: 'statut'; records: Located<PlaceStatusRecord>[] };

export interface ReadImportResult {
	parsed: ParsedImport;
	/** Data rows in the file (CSV rows or JSON entries). */
	rowsRead: number;
	encoding: Encoding;
	issues: ImportIssue[];
}

export interface ReadImportOptions {
	/** Date (YYYY-MM-DD) given to records whose file has no update date: the import day. */
	date: string;
	/** Data rows accepted (uploads); a longer file gives no records and one error. */
	maxRows?: number;
	/**
	 * The database's territories: with them, code columns are recognised by their values and
	 * misspelt commune names are matched (see column-inference.ts, name-matcher.ts).
	 */
	cog?: CogLookup;
}

/** Where each type writes a commune's name, code and postcode (for the name matcher). */
const NAME_COLUMNS: Partial<Record<ImportType, NameColumns>> = {
	lieux: { name: 'commune', code: 'code_insee', postcode: 'code_postal' },
	'france-services': { name: 'lib_com', code: 'insee_com', postcode: 'code_postal' },
	bibliotheques: { name: 'Ville', code: 'INSEE', postcode: 'CP' },
	ifn: { name: 'name', code: 'code' },
	illectronisme: { name: 'libelle', code: 'code' }
};

/** Rows used to infer what a column holds (enough for evidence, cheap on long files). */
const INFERENCE_ROWS = 1000;

/**
 * Decode, map columns and parse a file of the given type. Never throws on bad content: a file
 * that cannot be read at all gives no records and an error on line 1.
 */
export function readImport(
	bytes: Uint8Array,
	file: string,
	type: ImportType,
	options: ReadImportOptions
): ReadImportResult {
	const decoded = decodeBytes(bytes, file);
	const issues: ImportIssue[] = [...decoded.issues];
	// Rows with a field over MAX_FIELD_CHARS: rejected, whatever the type.
	let tooLong = new Set<number>();
	const keep = (records: Located<unknown>[]) =>
		tooLong.size ? records.filter((r) => !tooLong.has(r.line)) : records;
	// Lines cut above a table's header, and the first issue found in the cut text.
	let lineOffset = 0;
	let cutIssues = issues.length;
	const fileLine = (line: number) => (line > 0 ? line + lineOffset : line);
	const done = (parsed: ParsedImport, rowsRead: number): ReadImportResult => {
		for (const i of issues.slice(cutIssues)) i.line = fileLine(i.line);
		const records = keep(parsed.records).map((r) => ({ ...r, line: fileLine(r.line) }));
		return {
			parsed: { ...parsed, records } as ParsedImport,
			rowsRead,
			encoding: decoded.encoding,
			issues
		};
	};
	const tooMany = (rows: number) => {
		issues.push(tooManyRowsIssue(file, rows, options.maxRows as number));
		return done({ kind: 'help-points', records: [] }, rows);
	};
	const text = decoded.text;
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		const msg =
			'Fichier en UTF-16, non pris en charge : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».';
		issues.push(issue('error', file, 1, '', msg));
		return done({ kind: 'help-points', records: [] }, 0);
	}
	if (!text.trim()) {
		issues.push(issue('error', file, 1, '', 'Le fichier est vide.'));
		return done({ kind: 'help-points', records: [] }, 0);
	}
	const json = type === 'lieux' && /^\s*[[{]/.test(text);
	if (!json && options.maxRows !== undefined) {
		const rows = countLines(bytes) - 1;
		if (rows > options.maxRows) return tooMany(rows);
	}
	if (json) {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch (err) {
			const msg = `JSON illisible : ${(err as Error).message}`;
			issues.push(issue('error', file, 1, '', msg));
			return done({ kind: 'help-points', records: [] }, 0);
		}
		const rows = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
		if (!Array.isArray(data))
			issues.push(issue('error', file, 1, '', 'Le fichier JSON doit contenir une liste de lieux.'));
		if (options.maxRows !== undefined && rows.length > options.maxRows) return tooMany(rows.length);
		const located = rows
			.map((data, i) => ({ line: i + 1, data }))
			.filter((r) => r.data !== null && typeof r.data === 'object');
		tooLong = overlongFields(located, file, issues);
		const records = readLieuxRows(located, file, options, issues);
		return done({ kind: 'help-points', records }, rows.length);
	}
	const cut = cutTable(text, file);
	append(issues, cut.issues);
	lineOffset = cut.lineOffset;
	cutIssues = issues.length;
	let inferred: Map<string, string> | undefined;
	if (options.cog) {
		const head = cut.text.split('\n', INFERENCE_ROWS + 1).join('\n');
		const sample = parseCsv(head, file);
		const res = inferCodeColumns(sample.fields, sample.rows, type, options.cog, file);
		append(issues, res.issues);
		inferred = res.rename;
	}
	const renamed = renameCsvHeader(cut.text, type, file, inferred);
	append(issues, renamed.issues);
	const csv = parseCsv(renamed.text, file);
	const nameColumns = NAME_COLUMNS[type];
	const communeOfLine =
		options.cog && nameColumns
			? matchRowNames(csv.rows, nameColumns, options.cog, (line, field, msg) =>
					issues.push(issue('warning', file, line, field, msg))
				)
			: new Map<number, NamedCommune>();
	const rowsRead = csv.rows.length;
	tooLong = overlongFields(csv.rows, file, issues);
	if (rowsRead === 0)
		issues.push(issue('error', file, 1, '', 'Aucune ligne de données sous la ligne d’en-tête.'));
	if (csv.fields.length <= 1 && rowsRead > 0)
		issues.push(issue('error', file, 1, '', 'Une seule colonne lue : séparateur non reconnu.'));
	switch (type) {
		case 'lieux': {
			append(issues, csv.issues);
			const broken = new Set(csv.issues.filter((i) => i.level === 'error').map((i) => i.line));
			const rows = csv.rows.filter((r) => !broken.has(r.line) && !tooLong.has(r.line));
			const records = readLieuxRows(rows, file, options, issues, communeOfLine);
			return done({ kind: 'help-points', records }, rowsRead);
		}
		case 'france-services':
		case 'bibliotheques': {
			const fs = type === 'france-services';
			const res = fs
				? parseFranceServices(renamed.text, file)
				: parseBibliotheques(renamed.text, file);
			scanInsee(csv.rows, fs ? 'insee_com' : 'INSEE', file, issues);
			append(issues, res.issues);
			const idOf = (r: CsvRow) =>
				cleanText(fs ? r.data.id_fs : r.data.code_bib)?.replace(/\.0+$/, '') ?? null;
			const located = locateById(csv.rows, idOf, res.records, file, fs ? 'id_fs' : 'code_bib');
			append(issues, located.issues);
			const records = located.records.map((x) => ({
				line: x.line,
				record: { ...x.record, dateMaj: options.date }
			}));
			return done({ kind: 'help-points', records }, rowsRead);
		}
		case 'ifn': {
			const res = parseIfn(renamed.text, file);
			append(issues, res.issues);
			const lineOf = firstLineBy(csv.rows, (r) => padCode(r.data.code));
			const records = res.records.map((record) => ({ line: lineOf.get(record.code) ?? 0, record }));
			return done({ kind: 'ifn', records }, rowsRead);
		}
		case 'illectronisme': {
			const res = parseIllectronismeCsv(renamed.text, file);
			append(issues, res.issues);
			const lineOf = firstLineBy(csv.rows, (r) => `${r.data.niveau}:${padCode(r.data.code)}`);
			const records = res.records.map((record) => ({
				line: lineOf.get(`${record.niveau}:${record.code}`) ?? 0,
				record
			}));
			return done({ kind: 'illectronisme', records }, rowsRead);
		}
		case 'tournees': {
			const res = parseTournees(renamed.text, file);
			append(issues, res.issues);
			const records = res.records.map((record) => ({ line: record.line, record }));
			return done({ kind: 'tournees', records }, rowsRead);
		}
		case 'statut': {
			const res = parsePlaceStatuses(renamed.text, file);
			append(issues, res.issues);
			const records = res.records.map((record) => ({ line: record.line, record }));
			return done({ kind: 'statut', records }, rowsRead);
		}
	}
}

const padCode = (raw: unknown) => {
	const s = (cleanText(raw) ?? '').toUpperCase();
	return /^\d{4}$/.test(s) ? '0' + s : s;
};

function firstLineBy(rows: CsvRow[], key: (r: CsvRow) => string): Map<string, number> {
	const out = new Map<string, number>();
	for (const r of rows) if (!out.has(key(r))) out.set(key(r), r.line);
	return out;
}

/** Warn about INSEE codes a spreadsheet shortened (parsers that read text fix them silently). */
function scanInsee(rows: CsvRow[], column: string, file: string, issues: ImportIssue[]): void {
	for (const r of rows) normaliseInseeCell(r.data[column], { file, line: r.line, issues }, column);
}

/**
 * Records of a text parser → located records: the line is found from the record id (or the
 * parser's `ligne-N` fallback); a duplicated id rejects its later rows.
 */
function locateById<T extends { sourceId: string }>(
	rows: CsvRow[],
	idOf: (r: CsvRow) => string | null,
	records: T[],
	file: string,
	field: string
): { records: Located<T>[]; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	duplicateIdLines(
		rows.map((r) => ({ line: r.line, id: idOf(r) })),
		file,
		field,
		issues
	);
	const lineOf = firstLineBy(
		rows.filter((r) => idOf(r)),
		(r) => idOf(r) as string
	);
	const seen = new Set<string>();
	const out: Located<T>[] = [];
	for (const record of records) {
		if (seen.has(record.sourceId)) continue;
		seen.add(record.sourceId);
		const fallback = record.sourceId.match(/^ligne-(\d+)$/);
		out.push({ line: lineOf.get(record.sourceId) ?? Number(fallback?.[1] ?? 0), record });
	}
	return { records: out, issues };
}

const LIST_FIELDS = ['services', 'publics_specifiquement_adresses', 'frais_a_charge'];

/** `|` (schema v1) or `;` (older variant), from the list cells of the file. */
function listSeparator(rows: { data: Record<string, unknown> }[]): string {
	let pipes = 0;
	let semis = 0;
	for (const { data } of rows)
		for (const f of LIST_FIELDS) {
			const v = data[f];
			if (typeof v !== 'string') continue;
			if (v.includes('|')) pipes++;
			else if (v.includes(';')) semis++;
		}
	return semis > pipes ? ';' : '|';
}

const looksLikeUrl = (s: string) => !/\s/.test(s) && /\./.test(s);

/** Rows of a schema file (CSV or JSON) → help points, one parse per row to keep its line. */
function readLieuxRows(
	rows: { line: number; data: Record<string, unknown> }[],
	file: string,
	options: ReadImportOptions,
	issues: ImportIssue[],
	communeOfLine: ReadonlyMap<number, NamedCommune> = new Map()
): Located<HelpPointRecord>[] {
	const separator = listSeparator(rows);
	if (separator === ';')
		issues.push(
			issue('warning', file, 1, 'services', 'Listes séparées par « ; » (ancien format) : lues.')
		);
	const dups = duplicateIdLines(
		rows.map((r) => ({ line: r.line, id: cleanText(r.data.id) })),
		file,
		'id',
		issues
	);
	const out: Located<HelpPointRecord>[] = [];
	for (const { line, data } of rows) {
		if (dups.has(line)) continue;
		const ctx: RowContext = { file, line, issues };
		// A misspelt commune name matched through the code or the postcode (said by the matcher).
		const named = communeOfLine.get(line);
		const row: Record<string, unknown> = {
			...data,
			commune: named?.nom ?? data.commune,
			code_insee: normaliseInseeCell(data.code_insee, ctx, 'code_insee'),
			latitude: normaliseNumberCell(data.latitude, ctx, 'latitude'),
			longitude: normaliseNumberCell(data.longitude, ctx, 'longitude')
		};
		const kind = kindFromSchemaRow(row);
		const res = parseLieux(
			[row],
			file,
			IMPORT_LIEUX_SOURCE,
			{
				kind,
				separator,
				sourceDate: options.date
			},
			[line]
		);
		append(issues, res.issues);
		for (const record of res.records) {
			const rawRdv = cleanText(row.prise_rdv);
			const priseRdv = rawRdv && !looksLikeUrl(rawRdv) ? rawRdv : normaliseUrl(rawRdv);
			// An address that is only the commune name says no more than the commune (see server/exports/schema-export).
			const adresse = record.adresse === record.commune ? null : record.adresse;
			out.push({ line, record: { ...record, priseRdv, adresse } });
		}
	}
	return out;
}
