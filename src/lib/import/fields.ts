/** Small field parsers shared by the source parsers: codes, coordinates, phones, dates, lists. */
import type { ImportIssue } from './types';

/** Build an issue; every message is in French and names file, line and field. */
export function issue(
	level: ImportIssue['level'],
	file: string,
	line: number,
	field: string,
	message: string
): ImportIssue {
	return { level, file, line, field, message };
}

/** Trimmed text with inner whitespace collapsed, or null when empty or not a string/number. */
export function cleanText(raw: unknown): string | null {
	if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
	if (typeof raw !== 'string') return null;
	const s = raw.replace(/\s+/g, ' ').trim();
	return s === '' ? null : s;
}

const INSEE_RE = /^([013-9]\d|2[AB1-9])\d{3}$/;

/**
 * An INSEE commune code padded to 5 characters (`4070` → `04070`, `8724.0` style floats
 * accepted), or null when the value is not a valid code.
 */
export function padInsee(raw: unknown): string | null {
	let s = cleanText(raw)?.toUpperCase().replace(/\.0+$/, '');
	if (!s) return null;
	if (/^\d{4}$/.test(s) || /^[AB]\d{3}$/.test(s))
		s = (s.length === 4 && /^\d/.test(s) ? '0' : '2') + s;
	return INSEE_RE.test(s) ? s : null;
}

/** A 5-digit code postal (`4000` → `04000`), or null when the value is not one. */
export function padCodePostal(raw: unknown): string | null {
	const s = cleanText(raw)?.replace(/\.0+$/, '').replace(/\s/g, '');
	if (!s || !/^\d{4,5}$/.test(s)) return null;
	return s.padStart(5, '0');
}

/** A number from a JSON number or a string with a decimal point or comma; null otherwise. */
export function parseCoordinate(raw: unknown): number | null {
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
	const s = cleanText(raw)?.replace(',', '.');
	if (!s || !/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
	return Number(s);
}

/** A "lat,lon" text field (with or without a space after the comma); null when malformed. */
export function parseLatLonText(raw: unknown): { lat: number; lon: number } | null {
	const m = cleanText(raw)?.match(/^([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)$/);
	return m ? { lat: Number(m[1]), lon: Number(m[2]) } : null;
}

// [south, west, north, east] of metropolitan France, the DROM and the inhabited COM.
const FRANCE_BOXES: [number, number, number, number][] = [
	[41.2, -5.5, 51.2, 9.7],
	[15.8, -61.9, 16.6, -60.9],
	[17.8, -63.2, 18.2, -62.7],
	[14.3, -61.3, 14.95, -60.75],
	[2.0, -54.7, 6.0, -51.5],
	[-21.5, 55.1, -20.8, 55.9],
	[-13.1, 44.9, -12.5, 45.4],
	[46.7, -56.5, 47.2, -56.1],
	[-23.0, 163.5, -19.5, 168.2],
	[-28.0, -155.0, -7.0, -134.0],
	[-14.4, -178.3, -13.1, -176.0]
];

/** True when a point lies in France (metropole, DROM or COM), by bounding boxes. */
export function inFrance(lat: number, lon: number): boolean {
	return FRANCE_BOXES.some(([s, w, n, e]) => lat >= s && lat <= n && lon >= w && lon <= e);
}

// National prefixes of the overseas départements, written after the leading 0.
const DROM_PREFIXES: [RegExp, string][] = [
	[/^(590|690)/, '+590'],
	[/^(594|694)/, '+594'],
	[/^(262|692|693|269|639)/, '+262'],
	[/^(596|696)/, '+596']
];

/**
 * A French phone number in the schema's international form (`04 50 56 87 49` → `+33450568749`),
 * or null when it does not look like one.
 */
export function normalisePhone(raw: unknown): string | null {
	const s = cleanText(raw);
	if (!s) return null;
	let digits = s.replace(/[^\d+]/g, '');
	if (digits.startsWith('0033')) digits = '+33' + digits.slice(4);
	if (/^\+\d{8,12}$/.test(digits)) return digits;
	if (/^\d{9}$/.test(digits)) digits = '0' + digits;
	if (!/^0\d{9}$/.test(digits)) return null;
	const national = digits.slice(1);
	for (const [re, code] of DROM_PREFIXES) {
		if (re.test(national)) return code + national;
	}
	return '+33' + national;
}

/**
 * An ISO date (YYYY-MM-DD) from `YYYY-MM-DD…` or `dd/mm/yyyy`; null for anything else and for
 * the `1970-01-01` placeholder some exports use for "unknown".
 */
export function parseIsoDate(raw: unknown): string | null {
	const s = cleanText(raw);
	if (!s) return null;
	let m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
	let iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
	m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
	if (m) iso = `${m[3]}-${m[2]}-${m[1]}`;
	if (!iso || iso.startsWith('1970-01-01')) return null;
	const d = new Date(iso + 'T00:00:00Z');
	return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * An optional date cell (`AAAA-MM-JJ` or `JJ/MM/AAAA`): its ISO value, null when empty, or an
 * error on the row (then `ok` is false).
 */
export function readDateCell(
	row: Record<string, string>,
	ctx: RowContext,
	field: string
): { ok: boolean; value: string | null } {
	const raw = cleanText(row[field]);
	if (!raw) return { ok: true, value: null };
	const value = parseIsoDate(raw);
	if (!value) reject(ctx, field, `Date « ${raw} » invalide (AAAA-MM-JJ ou JJ/MM/AAAA attendu).`);
	return { ok: value !== null, value };
}

/** Split a multi-valued field on a separator, trimming and dropping empty parts. */
export function splitList(raw: unknown, sep: string): string[] {
	const s = cleanText(raw);
	return s
		? s
				.split(sep)
				.map((x) => x.trim())
				.filter((x) => x !== '')
		: [];
}

/** A web address with a scheme (`www.x.fr` → `https://www.x.fr`), or null when empty. */
export function normaliseUrl(raw: unknown): string | null {
	const s = cleanText(raw);
	if (!s) return null;
	return /^https?:\/\//i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`;
}

/** Where a row sits, and the list its issues go to. */
export interface RowContext {
	file: string;
	line: number;
	issues: ImportIssue[];
}

/** Add a warning (value fixed or dropped, row kept) for the row. */
export function warn(ctx: RowContext, field: string, message: string): void {
	ctx.issues.push(issue('warning', ctx.file, ctx.line, field, message));
}

/** Add an error (row rejected) for the row. */
export function reject(ctx: RowContext, field: string, message: string): void {
	ctx.issues.push(issue('error', ctx.file, ctx.line, field, message));
}

/**
 * A position checked against France: swapped latitude/longitude are put back (with a warning),
 * a half-filled pair or a point outside France is dropped (with a warning).
 */
export function checkedPosition(
	lat: number | null,
	lon: number | null,
	ctx: RowContext,
	field: string
): { lat: number; lon: number } | null {
	if (lat === null && lon === null) return null;
	if (lat === null || lon === null) {
		warn(
			ctx,
			field,
			'Coordonnées incomplètes (latitude ou longitude manquante) : position ignorée.'
		);
		return null;
	}
	if (inFrance(lat, lon)) return { lat, lon };
	if (inFrance(lon, lat)) {
		warn(ctx, field, 'Latitude et longitude inversées : corrigées.');
		return { lat: lon, lon: lat };
	}
	warn(ctx, field, `Coordonnées hors de France (${lat}, ${lon}) : position ignorée.`);
	return null;
}
