/** Adresses des bibliothèques publiques (Ministère de la Culture, CSV) → 'bibliotheque' points. */
import { parseCsv } from './csv';
import {
	checkedPosition,
	cleanText,
	padCodePostal,
	padInsee,
	parseCoordinate,
	parseLatLonText,
	reject,
	warn,
	type RowContext
} from './fields';
import { sourceInfo } from './sources';
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
	const dateMaj = sourceInfo(sourceKey).date;
	const csv = parseCsv(text, file);
	const issues = [...csv.issues];
	const records: HelpPointRecord[] = [];
	for (const { line, data: row } of csv.rows) {
		if (cleanText(row.type_adresse) !== OPEN_TO_PUBLIC) continue;
		const ctx: RowContext = { file, line, issues };
		const nom = cleanText(row.Libelle1) ?? cleanText(row.Libelle2);
		if (!nom) {
			reject(ctx, 'Libelle1', 'Nom de la bibliothèque manquant : ligne ignorée.');
			continue;
		}
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
		const pos = checkedPosition(final?.lat ?? null, final?.lon ?? null, ctx, 'coordonnees_finales');
		const centroid = parseLatLonText(row.coordonnees_insee);
		const approximate =
			pos !== null && centroid !== null && centroid.lat === pos.lat && centroid.lon === pos.lon;
		const hoursPerWeek = parseCoordinate(row.amplitude_horaire);
		const code = cleanText(row.code_bib)?.replace(/\.0+$/, '');
		records.push({
			source: sourceKey,
			sourceId: code ?? `ligne-${line}`,
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
		});
	}
	return { records, issues };
}
