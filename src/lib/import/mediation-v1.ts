/** Lieux de médiation numérique in the national schema (v1 and the older ANCT export format). */
import OpeningHours from 'opening_hours';
import { parseCsv } from './csv';
import {
	checkedPosition,
	cleanText,
	normalisePhone,
	normaliseUrl,
	padCodePostal,
	padInsee,
	parseCoordinate,
	parseIsoDate,
	reject,
	splitList,
	warn,
	type RowContext
} from './fields';
import { sourceInfo } from './sources';
import { mapFrais, mapPublics, mapServices, UnknownValues } from './services-vocabulary';
import type { HelpKind } from '../catalog/kinds';
import type { HelpPointRecord, ImportIssue, ParseResult } from './types';

export interface LieuxOptions {
	kind: HelpKind;
	/** Separator of multi-valued fields: `|` in v1, `;` in the older format. */
	separator: string;
	/** Frais to use when the row says nothing (e.g. ['Gratuit'] for public programmes). */
	defaultFrais?: string[];
	/** Date used when a row has no valid `date_maj` (default: the registry date of the source). */
	sourceDate?: string;
}

/** True when a value parses as OSM opening_hours (French public holidays known). */
export function isValidOsmHours(value: string): boolean {
	try {
		new OpeningHours(value, { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: '' } });
		return true;
	} catch {
		return false;
	}
}

const field = (row: Record<string, unknown>, ...keys: string[]) => {
	for (const k of keys) if (row[k] !== undefined && row[k] !== null && row[k] !== '') return row[k];
	return undefined;
};

/**
 * Rows of a lieux-de-médiation file (JSON objects or CSV rows keyed by column) → help points.
 * `lines` gives each row's file line (CSV); by default the line is the array index + 1 (JSON).
 */
export function parseLieux(
	rows: Record<string, unknown>[],
	file: string,
	sourceKey: string,
	options: LieuxOptions,
	lines?: number[]
): ParseResult<HelpPointRecord> {
	const sourceDate = options.sourceDate ?? sourceInfo(sourceKey).date;
	const issues: ImportIssue[] = [];
	const unknown = new UnknownValues();
	const records: HelpPointRecord[] = [];
	rows.forEach((row, i) => {
		const ctx: RowContext = { file, line: lines?.[i] ?? i + 1, issues };
		const nom = cleanText(row.nom);
		if (!nom) return reject(ctx, 'nom', 'Nom du lieu manquant : ligne ignorée.');
		const id = cleanText(row.id) ?? `ligne-${ctx.line}`;
		const rawInsee = cleanText(row.code_insee);
		const codeInsee = padInsee(rawInsee);
		if (rawInsee && !codeInsee)
			warn(ctx, 'code_insee', `Code INSEE invalide « ${rawInsee} » : ignoré.`);
		const rawCp = cleanText(row.code_postal);
		const codePostal = padCodePostal(rawCp);
		if (rawCp && !codePostal)
			warn(ctx, 'code_postal', `Code postal invalide « ${rawCp} » : ignoré.`);
		if (!codeInsee && !codePostal) warn(ctx, 'code_postal', 'Ni code INSEE ni code postal.');
		const pos = checkedPosition(
			parseCoordinate(row.latitude),
			parseCoordinate(row.longitude),
			ctx,
			'latitude'
		);
		const horairesBrut = cleanText(row.horaires);
		let horaires = horairesBrut;
		if (horairesBrut && !isValidOsmHours(horairesBrut)) {
			warn(
				ctx,
				'horaires',
				`Horaires illisibles au format OpenStreetMap « ${horairesBrut} » : gardés en texte.`
			);
			horaires = null;
		}
		const rawPhone = cleanText(row.telephone);
		const telephone = normalisePhone(rawPhone);
		if (rawPhone && !telephone)
			warn(ctx, 'telephone', `Numéro de téléphone invalide « ${rawPhone} » : ignoré.`);
		const rawDate = cleanText(row.date_maj);
		const dateMaj = parseIsoDate(rawDate);
		if (!dateMaj) {
			const what = rawDate ? `invalide « ${rawDate} »` : 'manquante';
			warn(
				ctx,
				'date_maj',
				`Date de mise à jour ${what} : date de la source (${sourceDate}) utilisée.`
			);
		}
		const sep = options.separator;
		const services = mapServices(splitList(row.services, sep), (v) =>
			unknown.add('services', v, ctx.line)
		);
		if (services.length === 0) warn(ctx, 'services', 'Aucun service reconnu pour ce lieu.');
		const publicsRaw = [
			...splitList(row.publics_specifiquement_adresses, sep),
			...splitList(row.publics_accueillis, ';')
		];
		const publics = mapPublics(publicsRaw, (v) => unknown.add('publics', v, ctx.line));
		const fraisRaw = splitList(
			field(row, 'frais_a_charge', 'conditions_acces', 'conditions_access'),
			sep
		);
		const frais = fraisRaw.length
			? mapFrais(fraisRaw, (v) => unknown.add('frais_a_charge', v, ctx.line))
			: (options.defaultFrais ?? []);
		records.push({
			source: sourceKey,
			sourceId: id,
			kind: options.kind,
			nom,
			adresse: cleanText(
				[cleanText(row.adresse), cleanText(row.complement_adresse)].filter(Boolean).join(', ')
			),
			codePostal,
			codeInsee,
			commune: cleanText(row.commune),
			lat: pos?.lat ?? null,
			lon: pos?.lon ?? null,
			approximate: false,
			itinerant: /itin[ée]rant/i.test(String(row.itinerance ?? '')),
			format: null,
			telephone,
			courriel: splitList(field(row, 'courriels', 'courriel'), '|')[0] ?? null,
			siteWeb: normaliseUrl(splitList(row.site_web, '|')[0]),
			horaires,
			horairesBrut,
			services,
			publics,
			frais,
			priseRdv: normaliseUrl(row.prise_rdv),
			dateMaj: dateMaj ?? sourceDate
		});
	});
	for (const u of unknown.list()) {
		const more = u.count > 1 ? ` (${u.count} lignes, la première est indiquée)` : '';
		issues.push({
			level: 'warning',
			file,
			line: u.line,
			field: u.field,
			message: `Valeur inconnue « ${u.value} » ignorée${more}.`
		});
	}
	return { records, issues };
}

/** Rows of any file in the schema v1 (JSON array or CSV rows) → 'mediation' help points. */
export function parseLieuxV1(
	rows: Record<string, unknown>[],
	file: string,
	sourceKey: string,
	lines?: number[]
): ParseResult<HelpPointRecord> {
	return parseLieux(rows, file, sourceKey, { kind: 'mediation', separator: '|' }, lines);
}

/** A schema v1 CSV text → 'mediation' help points, CSV errors included. */
export function parseLieuxV1Csv(
	text: string,
	file: string,
	sourceKey: string
): ParseResult<HelpPointRecord> {
	const csv = parseCsv(text, file);
	const result = parseLieuxV1(
		csv.rows.map((r) => r.data),
		file,
		sourceKey,
		csv.rows.map((r) => r.line)
	);
	return { records: result.records, issues: [...csv.issues, ...result.issues] };
}
