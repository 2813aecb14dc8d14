/** Adresses des bibliothèques publiques (Ministère de la Culture, CSV) → 'bibliotheque' points. */
import {
	checkedPosition,
	cleanText,
	padCodePostal,
	padInsee,
	parseCoordinate,
	parseLatLonText,
	warn
} from './fields';
import { parseHelpPointCsv } from './help-point-csv';
import type { HelpPointRecord, ParseResult } from './types';

const OPEN_TO_PUBLIC = 'Bibliothèque ouverte au public';

/**
 * The libraries CSV text → help points, administrative addresses left out. The file says
 * nothing about digital services, so `services` stays empty (conservative: not every library
 * has public computers or Wi-Fi); the kind alone tells people it is a library.
 * A position equal to the commune centroid (`coordonnees_insee`) is marked approximate.
 */
export function parseBibliotheques(
	text: string,
	file: string,
	sourceKey = 'bibliotheques'
): ParseResult<HelpPointRecord> {
	return parseHelpPointCsv(text, file, sourceKey, {
		keep: (row) => cleanText(row.type_adresse) === OPEN_TO_PUBLIC,
		name: (row) => cleanText(row.Libelle1) ?? cleanText(row.Libelle2),
		nameMissing: { field: 'Libelle1', message: 'Nom de la bibliothèque manquant : ligne ignorée.' },
		record: (row, ctx, { nom, dateMaj }) => {
			const codeInsee = padInsee(row.INSEE);
			if (!codeInsee) warn(ctx, 'INSEE', `Code INSEE invalide « ${row.INSEE ?? ''} » : ignoré.`);
			const rawFinal = cleanText(row.coordonnees_finales);
			const final = parseLatLonText(rawFinal);
			if (rawFinal && !final) {
				warn(
					ctx,
					'coordonnees_finales',
					`Coordonnées illisibles « ${rawFinal} » : position ignorée.`
				);
			}
			const pos = checkedPosition(
				final?.lat ?? null,
				final?.lon ?? null,
				ctx,
				'coordonnees_finales'
			);
			const centroid = parseLatLonText(row.coordonnees_insee);
			const approximate =
				pos !== null && centroid !== null && centroid.lat === pos.lat && centroid.lon === pos.lon;
			const hoursPerWeek = parseCoordinate(row.amplitude_horaire);
			const code = cleanText(row.code_bib)?.replace(/\.0+$/, '');
			return {
				source: sourceKey,
				sourceId: code ?? `ligne-${ctx.line}`,
				kind: 'bibliotheque',
				nom,
				adresse:
					[cleanText(row.voie), cleanText(row.Localisation)].filter(Boolean).join(', ') || null,
				codePostal: padCodePostal(row.CP),
				codeInsee,
				commune: cleanText(row.Ville),
				lat: pos?.lat ?? null,
				lon: pos?.lon ?? null,
				approximate,
				itinerant: false,
				format: cleanText(row.Statut),
				telephone: null,
				courriel: null,
				siteWeb: null,
				horaires: null,
				horairesBrut: hoursPerWeek ? `${hoursPerWeek} h d’ouverture par semaine` : null,
				services: [],
				publics: [],
				frais: [],
				priseRdv: null,
				dateMaj
			};
		}
	});
}
