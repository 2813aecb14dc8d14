/** Structures habilitées Aidants Connect (CSV, no coordinates) → 'aidants-connect' points. */
import { parseCsv } from './csv';
import { cleanText, padCodePostal, padInsee, reject, type RowContext } from './fields';
import { sourceInfo } from './sources';
import type { HelpPointRecord, ParseResult } from './types';

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
	const dateMaj = sourceInfo(sourceKey).date;
	const csv = parseCsv(text, file);
	const issues = [...csv.issues];
	const records: HelpPointRecord[] = [];
	for (const { line, data: row } of csv.rows) {
		if (cleanText(row['Is Active'])?.toLowerCase() !== 'true') continue;
		const ctx: RowContext = { file, line, issues };
		const nom = cleanText(row.Name);
		if (!nom) {
			reject(ctx, 'Name', 'Nom de la structure manquant : ligne ignorée.');
			continue;
		}
		const rawInsee = cleanText(row['City Insee Code']);
		const codeInsee = padInsee(rawInsee);
		const point = codeInsee ? communePoint(codeInsee) : null;
		if (!point) {
			const why = !rawInsee
				? 'code INSEE de la commune manquant'
				: codeInsee
					? `commune « ${codeInsee} » inconnue`
					: `code INSEE invalide « ${rawInsee} »`;
			reject(ctx, 'City Insee Code', `Impossible de placer la structure : ${why}. Ligne ignorée.`);
			continue;
		}
		records.push({
			source: sourceKey,
			sourceId: cleanText(row.ID) ?? `ligne-${line}`,
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
			format: null,
			telephone: null,
			courriel: null,
			siteWeb: null,
			horaires: null,
			horairesBrut: null,
			services: ['Aide aux démarches administratives'],
			publics: [],
			frais: ['Gratuit'],
			priseRdv: null,
			dateMaj
		});
	}
	return { records, issues };
}
