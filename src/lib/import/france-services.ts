/** Liste des structures France services (ANCT, CSV) → help points of kind 'france-services'. */
import {
	checkedPosition,
	cleanText,
	normalisePhone,
	padCodePostal,
	padInsee,
	parseCoordinate,
	reject,
	warn
} from './fields';
import {
	franceServicesHours,
	franceServicesHoursRaw,
	FS_DAYS,
	type FsDay
} from './hours-france-services';
import { parseHelpPointCsv } from './help-point-csv';
import type { HelpPointRecord, ParseResult } from './types';

const DAY_COLUMNS: Record<FsDay, string> = {
	Mo: 'h_lundi',
	Tu: 'h_mardi',
	We: 'h_mercredi',
	Th: 'h_jeudi',
	Fr: 'h_vendredi',
	Sa: 'h_samedi'
};

/**
 * Every France services helps with administrative procedures and, by its charter, offers free
 * access to computers and the internet. Nothing else is stated per structure in the file.
 */
export const FRANCE_SERVICES_SERVICES = [
	'Aide aux démarches administratives',
	'Accès internet et matériel informatique'
];

/** The structure's format: bus and itinérante first, then antenne, multisites, fixe. */
export function franceServicesFormat(typeFs: string, formatFs: string): string {
	const f = formatFs.toLowerCase();
	if (f.startsWith('bus')) return 'bus';
	if (f.startsWith('itin')) return 'itinerante';
	if (typeFs.toLowerCase() === 'antenne') return 'antenne';
	if (f.startsWith('multisite')) return 'multisites';
	return 'fixe';
}

/** The France services CSV text → help points (hours converted to OSM opening_hours). */
export function parseFranceServices(
	text: string,
	file: string,
	sourceKey = 'france-services-2024'
): ParseResult<HelpPointRecord> {
	return parseHelpPointCsv(text, file, sourceKey, {
		name: (row) => cleanText(row.lib_fs),
		nameMissing: {
			field: 'lib_fs',
			message: 'Nom de la structure France services manquant : ligne ignorée.'
		},
		record: (row, ctx, { nom, dateMaj }) => {
			const codeInsee = padInsee(row.insee_com);
			if (!codeInsee)
				warn(ctx, 'insee_com', `Code INSEE invalide « ${row.insee_com ?? ''} » : ignoré.`);
			const pos = checkedPosition(
				parseCoordinate(row.latitude),
				parseCoordinate(row.longitude),
				ctx,
				'latitude'
			);
			if (!pos && !codeInsee) {
				reject(ctx, 'latitude', 'Ni position ni commune utilisable : ligne ignorée.');
				return null;
			}
			const days: Partial<Record<FsDay, string>> = {};
			for (const d of FS_DAYS) days[d] = row[DAY_COLUMNS[d]] ?? '';
			const hours = franceServicesHours(days);
			for (const d of hours.badDays) {
				warn(
					ctx,
					DAY_COLUMNS[d],
					`Horaires illisibles « ${days[d]} » : gardés en texte seulement.`
				);
			}
			const rawPhone = cleanText(row.telephone);
			const telephone = normalisePhone(rawPhone);
			if (rawPhone && !telephone)
				warn(ctx, 'telephone', `Numéro de téléphone invalide « ${rawPhone} » : ignoré.`);
			const format = franceServicesFormat(row.type_fs ?? '', row.format_fs ?? '');
			return {
				source: sourceKey,
				sourceId: cleanText(row.id_fs) ?? `ligne-${ctx.line}`,
				kind: 'france-services',
				nom,
				adresse:
					[cleanText(row.adresse), cleanText(row.complement_adresse)].filter(Boolean).join(', ') ||
					null,
				codePostal: padCodePostal(row.code_postal),
				codeInsee,
				commune: cleanText(row.lib_com),
				lat: pos?.lat ?? null,
				lon: pos?.lon ?? null,
				approximate: false,
				itinerant: format === 'bus' || format === 'itinerante',
				format,
				telephone,
				courriel: cleanText(row.mail),
				siteWeb: null,
				horaires: hours.osm,
				horairesBrut: franceServicesHoursRaw(days),
				services: [...FRANCE_SERVICES_SERVICES],
				publics: [],
				frais: ['Gratuit'],
				// The file only says whether an appointment is possible ("Oui"), not where to book one.
				priseRdv: cleanText(row.prise_rdv)?.toLowerCase() === 'oui' ? 'Sur rendez-vous' : null,
				dateMaj
			};
		}
	});
}
