/**
 * La MedNum's Indice de Fragilité Numérique 2023 (commune and EPCI files): the 0–10 score and
 * its five sub-scores, 10 meaning the most fragile.
 */
import { parseCsv } from './csv';
import { issue } from './fields';
import type { ImportIssue, ParseResult } from './types';

export interface IfnRecord {
	/** INSEE commune code (5 characters) or EPCI SIREN (9 digits). */
	code: string;
	total: number | null;
	/** no_thd_coverage_rate: premises without very-high-speed broadband. */
	thd: number | null;
	/** no_4g_coverage_rate: area or population without 4G. */
	g4: number | null;
	/** poverty_rate. */
	pauvrete: number | null;
	/** older_65_rate. */
	plus65: number | null;
	/** nscol15p_rate: people aged 15+ with few or no diplomas. */
	diplomes: number | null;
	/** True when computed from the former communes (deriveFromAnciens), not read. */
	derived?: boolean;
}

type Score = Exclude<keyof IfnRecord, 'code' | 'derived'>;

/** Record key → column of the La MedNum files. */
export const IFN_COLUMNS: Record<Score, string> = {
	total: 'total',
	thd: 'no_thd_coverage_rate',
	g4: 'no_4g_coverage_rate',
	pauvrete: 'poverty_rate',
	plus65: 'older_65_rate',
	diplomes: 'nscol15p_rate'
};
const SCORES = Object.keys(IFN_COLUMNS) as Score[];

const CODE_RE = /^(\d{5}|2[AB]\d{3}|\d{9})$/;

/**
 * Parse an IFN CSV (commune or EPCI file). Rows with every score empty are skipped with a
 * warning; a score that is not a number in [0, 10] rejects its row with an error. Decimal commas
 * are accepted and 4-digit INSEE codes get their leading zero back.
 */
export function parseIfn(text: string, file: string): ParseResult<IfnRecord> {
	const csv = parseCsv(text, file);
	const issues: ImportIssue[] = [...csv.issues];
	const records: IfnRecord[] = [];
	for (const { line, data } of csv.rows) {
		let code = (data.code ?? '').trim().toUpperCase();
		if (/^\d{4}$/.test(code)) code = '0' + code;
		if (!CODE_RE.test(code)) {
			const msg = `Code « ${data.code ?? ''} » invalide (INSEE ou SIREN attendu), ligne ignorée.`;
			issues.push(issue('error', file, line, 'code', msg));
			continue;
		}
		const raw = SCORES.map((k) => (data[IFN_COLUMNS[k]] ?? '').trim());
		if (raw.every((v) => v === '')) {
			const msg = `Aucune valeur d’IFN pour ${code} (${data.name ?? ''}), ligne ignorée.`;
			issues.push(issue('warning', file, line, 'total', msg));
			continue;
		}
		const record: IfnRecord = {
			code,
			total: null,
			thd: null,
			g4: null,
			pauvrete: null,
			plus65: null,
			diplomes: null
		};
		let ok = true;
		SCORES.forEach((k, i) => {
			const field = IFN_COLUMNS[k];
			if (raw[i] === '') {
				issues.push(issue('warning', file, line, field, `Valeur manquante pour ${code}.`));
				return;
			}
			const n = /^[-+]?\d+([.,]\d+)?$/.test(raw[i]) ? Number(raw[i].replace(',', '.')) : NaN;
			if (Number.isNaN(n) || n < 0 || n > 10) {
				const what = Number.isNaN(n) ? 'n’est pas un nombre' : 'est hors de l’intervalle 0–10';
				const msg = `« ${raw[i]} » ${what} (${code}), ligne ignorée.`;
				issues.push(issue('error', file, line, field, msg));
				ok = false;
			} else record[k] = n;
		});
		if (ok) records.push(record);
	}
	return { records, issues };
}

/**
 * IFN values for current communes that have no IFN row but whose former communes (or municipal
 * arrondissements, see cog.ts `arrondissements`) have one: communes merged after the file's
 * COG, and Paris, Lyon, Marseille. Each score is the mean of the former communes' scores,
 * weighted by `populations` when every former commune with a value has one (decoupage-
 * administratif gives no population for delegated communes, so pass one from another source),
 * else the plain mean. Returned records are marked `derived`.
 */
export function deriveFromAnciens(
	communes: { code: string; anciensCodes: string[]; arrondissements?: string[] }[],
	records: IfnRecord[],
	populations: Map<string, number> = new Map()
): IfnRecord[] {
	const byCode = new Map(records.map((r) => [r.code, r]));
	const out: IfnRecord[] = [];
	for (const c of communes) {
		if (byCode.has(c.code)) continue;
		const codes = [...c.anciensCodes, ...(c.arrondissements ?? [])];
		const parts = codes.flatMap((k) => byCode.get(k) ?? []);
		if (parts.length === 0) continue;
		const weighted = parts.every((p) => (populations.get(p.code) ?? 0) > 0);
		const rec: IfnRecord = {
			code: c.code,
			total: null,
			thd: null,
			g4: null,
			pauvrete: null,
			plus65: null,
			diplomes: null,
			derived: true
		};
		for (const k of SCORES) {
			let sum = 0;
			let w = 0;
			for (const p of parts) {
				const v = p[k];
				if (v === null) continue;
				const weight = weighted ? populations.get(p.code)! : 1;
				sum += v * weight;
				w += weight;
			}
			rec[k] = w > 0 ? sum / w : null;
		}
		out.push(rec);
	}
	return out;
}
