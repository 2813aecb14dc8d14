/** Structures habilitées Aidants Connect (CSV, no coordinates) → 'aidants-connect' points. */
import { cleanText, padCodePostal, padInsee, reject } from './fields';
import { parseHelpPointCsv } from './help-point-csv';
import { NO_DETAILS, type HelpPointRecord, type ParseResult } from './types';

/** The commune's reference point and name for an INSEE code, or null when unknown. */
export type CommunePoint = (codeInsee: string) => { lat: number; lon: number; nom: string } | null;

/**
 * The Aidants Connect CSV text → help points of the active structures, placed at their
 * commune's point (approximate). An aidant habilité does administrative procedures on the
 * person's behalf, for free.
 */
export function parseAidantsConnect(
	text: string,
	file: string,
	communePoint: CommunePoint,
	sourceKey = 'aidants-connect-2024'
): ParseResult<HelpPointRecord> {
	return parseHelpPointCsv(text, file, sourceKey, {
		keep: (row) => cleanText(row['Is Active'])?.toLowerCase() === 'true',
		name: (row) => cleanText(row.Name),
		nameMissing: { field: 'Name', message: 'Nom de la structure manquant : ligne ignorée.' },
		record: (row, ctx, { nom, dateMaj }) => {
			const rawInsee = cleanText(row['City Insee Code']);
			const codeInsee = padInsee(rawInsee);
			const point = codeInsee ? communePoint(codeInsee) : null;
			if (!point) {
				const why = !rawInsee
					? 'code INSEE de la commune manquant'
					: codeInsee
						? `commune « ${codeInsee} » inconnue`
						: `code INSEE invalide « ${rawInsee} »`;
				reject(
					ctx,
					'City Insee Code',
					`Impossible de placer la structure : ${why}. Ligne ignorée.`
				);
				return null;
			}
			return {
				source: sourceKey,
				sourceId: cleanText(row.ID) ?? `ligne-${ctx.line}`,
				kind: 'aidants-connect',
				nom,
				adresse: cleanText(row.Address),
				codePostal: padCodePostal(row['Zip Code']),
				codeInsee,
				commune: cleanText(row.City) ?? point.nom,
				lat: point.lat,
				lon: point.lon,
				approximate: true,
				itinerant: false,
				...NO_DETAILS,
				services: ['Aide aux démarches administratives'],
				publics: [],
				frais: ['Gratuit'],
				priseRdv: null,
				dateMaj
			};
		}
	});
}
