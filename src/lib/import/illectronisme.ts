/**
 * Illectronisme rates (INSEE, modelled from the 2019 TIC survey): the figures quoted by the
 * France Numérique Ensemble roadmaps, and INSEE's Hauts-de-France EPCI table.
 */
import { parseCsv } from './csv';
import { issue } from './fields';
import type { ImportIssue, ParseResult } from './types';

export type Niveau = 'epci' | 'departement' | 'region' | 'commune';

export interface IllectronismeRecord {
	niveau: Niveau;
	code: string;
	/** Share of people in illectronisme, in percent (0–100). */
	taux: number;
	source: string;
	millesime: string;
}

const NIVEAUX: Niveau[] = ['epci', 'departement', 'region', 'commune'];
const CODE_RE: Record<Niveau, RegExp> = {
	epci: /^\d{9}$/,
	departement: /^(\d{2}|2[AB]|\d{3})$/,
	region: /^\d{2}$/,
	commune: /^(\d{5}|2[AB]\d{3})$/
};

/** A percentage from "18,7", "18.7", "17" or 17; null when not a number in [0, 100]. */
export function parsePercent(raw: unknown): number | null {
	const s = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^\d+([.,]\d+)?$/.test(s)) return null;
	const n = Number(s.replace(',', '.'));
	return n <= 100 ? n : null;
}

/** Parse the roadmaps' CSV (niveau, code, libelle, taux_illectronisme_pct, source, millesime). */
export function parseIllectronismeCsv(
	text: string,
	file: string
): ParseResult<IllectronismeRecord> {
	const csv = parseCsv(text, file);
	const issues: ImportIssue[] = [...csv.issues];
	const records: IllectronismeRecord[] = [];
	for (const { line, data } of csv.rows) {
		const niveau = (data.niveau ?? '').trim() as Niveau;
		let code = (data.code ?? '').trim().toUpperCase();
		if (niveau === 'departement' && /^\d$/.test(code)) code = '0' + code;
		if (niveau === 'commune' && /^\d{4}$/.test(code)) code = '0' + code;
		const taux = parsePercent(data.taux_illectronisme_pct);
		const fail = (field: string, message: string) =>
			issues.push(issue('error', file, line, field, message));
		if (!NIVEAUX.includes(niveau)) fail('niveau', `Niveau « ${niveau} » inconnu, ligne ignorée.`);
		else if (!CODE_RE[niveau].test(code))
			fail('code', `Code « ${code} » invalide pour le niveau ${niveau}, ligne ignorée.`);
		else if (taux === null) {
			const raw = data.taux_illectronisme_pct ?? '';
			fail(
				'taux_illectronisme_pct',
				`Taux « ${raw} » invalide (pourcentage attendu), ligne ignorée.`
			);
		} else {
			const source = (data.source ?? '').trim();
			const millesime = (data.millesime ?? '').trim();
			records.push({ niveau, code, taux, source, millesime });
		}
	}
	return { records, issues };
}

/**
 * Parse INSEE's Hauts-de-France EPCI JSON ("Code EPCI" integer, "Taux (en %)" with a decimal
 * comma). `source` and `millesime` are given by the caller (from the source registry).
 */
export function parseIllectronismeInseeJson(
	json: unknown,
	file: string,
	source: string,
	millesime: string
): ParseResult<IllectronismeRecord> {
	const issues: ImportIssue[] = [];
	const records: IllectronismeRecord[] = [];
	if (!Array.isArray(json)) {
		issues.push(issue('error', file, 1, '', 'Le fichier doit contenir une liste d’EPCI.'));
		return { records, issues };
	}
	json.forEach((row: Record<string, unknown>, i) => {
		const line = i + 1;
		const rawCode = row?.['Code EPCI'];
		const code =
			typeof rawCode === 'number' || typeof rawCode === 'string' ? String(rawCode).trim() : '';
		const taux = parsePercent(row?.['Taux (en %)']);
		if (!/^\d{9}$/.test(code)) {
			issues.push(
				issue('error', file, line, 'Code EPCI', `Code EPCI « ${code} » invalide, entrée ignorée.`)
			);
		} else if (taux === null) {
			const raw = String(row['Taux (en %)'] ?? '');
			const msg = `Taux « ${raw} » invalide pour l’EPCI ${code}, entrée ignorée.`;
			issues.push(issue('error', file, line, 'Taux (en %)', msg));
		} else records.push({ niveau: 'epci', code, taux, source, millesime });
	});
	return { records, issues };
}

/** "3 346" (U+202F, U+00A0 or space as thousands separator) → 3346; null when not a count. */
export function parseCount(raw: unknown): number | null {
	if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : null;
	const s = typeof raw === 'string' ? raw.replace(/[\s\u202f\u00a0]/g, '') : '';
	return /^\d+$/.test(s) ? Number(s) : null;
}
