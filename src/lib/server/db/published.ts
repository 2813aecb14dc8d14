import type Database from 'better-sqlite3';
import { shownValue, type ShownValue } from '../../analysis/published-value';
import type { IndicateurRow } from '../../types/rows';

/**
 * The values shown for a territory, by indicator: the published one (`indicateurs_publies`) where
 * there is one, else the weighted mean of `indicateurs`, with both and their source (see
 * analysis/published-value.ts).
 */
export function shownIndicators(
	db: Database.Database,
	niveau: string,
	code: string
): Record<string, ShownValue> {
	const rows = db
		.prepare<
			[string, string, string, string],
			Pick<IndicateurRow, 'indicateur' | 'valeur' | 'source' | 'methode'> & { publiee: 0 | 1 }
		>(
			`SELECT indicateur, valeur, source, 'source' AS methode, 1 AS publiee
			 FROM indicateurs_publies WHERE niveau = ? AND code = ?
			 UNION ALL
			 SELECT indicateur, valeur, source, methode, 0 FROM indicateurs
			 WHERE niveau = ? AND code = ? AND methode = 'moyenne_ponderee'`
		)
		.all(niveau, code, niveau, code);
	const pub = new Map(rows.filter((r) => r.publiee).map((r) => [r.indicateur, r]));
	const calc = new Map(rows.filter((r) => !r.publiee).map((r) => [r.indicateur, r]));
	const out: Record<string, ShownValue> = {};
	for (const ind of new Set([...pub.keys(), ...calc.keys()])) {
		const p = pub.get(ind);
		const c = calc.get(ind);
		out[ind] = shownValue(
			p ? { valeur: p.valeur, source: p.source } : null,
			c ? { valeur: c.valeur, methode: c.methode } : null
		);
	}
	return out;
}

/** The shown value of one indicator of a territory (pas de donnée: every field null). */
export function shownIndicator(
	db: Database.Database,
	niveau: string,
	code: string,
	indicateur: string
): ShownValue {
	return shownIndicators(db, niveau, code)[indicateur] ?? shownValue(null, null);
}
