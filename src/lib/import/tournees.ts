/**
 * The tours of itinerant services (buses, itinerant advisers): one CSV row per stop. Columns
 * (documented in data/examples/README.md): `lieu_id` (Maillage id) or `lieu_source_id` +
 * `source`; `code_insee` and/or `latitude` + `longitude`; `libelle` ("parking de la mairie");
 * `horaires` in OSM opening_hours (`Tu[2] 09:00-12:00`, second Tuesday of the month);
 * optional `valide_du` and `valide_au` (ISO or dd/mm/yyyy dates).
 */
import { parseCsv } from './csv';
import {
	checkedPosition,
	cleanText,
	padInsee,
	parseCoordinate,
	readDateCell,
	reject,
	warn,
	type RowContext
} from './fields';
import { lieuRefKey, readLieuRef, type LieuRef } from './lieu-ref';
import { isValidOsmHours } from './mediation-v1';
import { normaliseInseeCell, normaliseNumberCell } from './messy';
import type { ImportIssue, ParseResult } from './types';

/** One stop of a tour, as read from one row. */
export interface TourStopRecord {
	/** Line of the row in the file, for messages about the help point it names. */
	line: number;
	lieu: LieuRef;
	codeInsee: string | null;
	lat: number | null;
	lon: number | null;
	libelle: string | null;
	/** OSM opening_hours, validated. */
	horaires: string;
	valideDu: string | null;
	valideAu: string | null;
}

/** One row → a stop, or null when rejected (errors added to `ctx.issues`). */
function readStop(row: Record<string, string>, ctx: RowContext): TourStopRecord | null {
	const lieu = readLieuRef(row, ctx, 'arrêt ignoré');
	const rawInsee = cleanText(normaliseInseeCell(row.code_insee, ctx, 'code_insee'));
	const codeInsee = padInsee(rawInsee);
	const lat = parseCoordinate(normaliseNumberCell(row.latitude, ctx, 'latitude'));
	const lon = parseCoordinate(normaliseNumberCell(row.longitude, ctx, 'longitude'));
	const pos = checkedPosition(lat, lon, ctx, 'latitude');
	if (rawInsee && !codeInsee) {
		const msg = `Code INSEE « ${rawInsee} » invalide`;
		if (pos) warn(ctx, 'code_insee', `${msg} : ignoré, la position est gardée.`);
		else reject(ctx, 'code_insee', `${msg} : arrêt ignoré.`);
	} else if (!codeInsee && !pos)
		reject(ctx, 'code_insee', 'Ni commune (code INSEE) ni position : arrêt ignoré.');
	const horaires = cleanText(row.horaires);
	let hoursOk = false;
	if (!horaires) reject(ctx, 'horaires', 'Horaires de passage manquants : arrêt ignoré.');
	else if (!isValidOsmHours(horaires))
		reject(
			ctx,
			'horaires',
			`Horaires illisibles au format OpenStreetMap « ${horaires} » (exemple : Tu[2] 09:00-12:00).`
		);
	else hoursOk = true;
	const du = readDateCell(row, ctx, 'valide_du');
	const au = readDateCell(row, ctx, 'valide_au');
	let datesOk = du.ok && au.ok;
	if (datesOk && du.value && au.value && du.value > au.value) {
		reject(ctx, 'valide_au', `Fin de validité (${au.value}) avant le début (${du.value}).`);
		datesOk = false;
	}
	if (!lieu || (!codeInsee && !pos) || !hoursOk || !datesOk || !horaires) return null;
	return {
		line: ctx.line,
		lieu,
		codeInsee,
		lat: pos?.lat ?? null,
		lon: pos?.lon ?? null,
		libelle: cleanText(row.libelle),
		horaires,
		valideDu: du.value,
		valideAu: au.value
	};
}

/**
 * A tours CSV text (`,`, `;` or tab; columns already renamed, see column-mapping.ts) → stops.
 * A stop repeated (same service, commune, place and schedule) is kept once, with a warning.
 */
export function parseTournees(text: string, file: string): ParseResult<TourStopRecord> {
	const csv = parseCsv(text, file);
	const issues: ImportIssue[] = [...csv.issues];
	const records: TourStopRecord[] = [];
	const seen = new Map<string, number>();
	for (const { line, data } of csv.rows) {
		const ctx: RowContext = { file, line, issues };
		if (csv.issues.some((i) => i.line === line && i.level === 'error')) continue;
		const stop = readStop(data, ctx);
		if (!stop) continue;
		const key = [lieuRefKey(stop.lieu), stop.codeInsee, stop.lat, stop.lon, stop.libelle]
			.concat([stop.horaires, stop.valideDu, stop.valideAu])
			.join('|');
		const first = seen.get(key);
		if (first !== undefined) {
			warn(ctx, 'horaires', `Arrêt identique à celui de la ligne ${first} : ignoré.`);
			continue;
		}
		seen.set(key, line);
		records.push(stop);
	}
	return { records, issues };
}
