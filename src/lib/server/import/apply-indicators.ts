/**
 * Indicator files of an import (IFN of La MedNum, illectronisme rates) → `indicateurs`, one row
 * per territory, indicator and source. Territories outside the database are skipped and
 * counted. Aggregates (département and EPCI means) are not recomputed: rebuild for that.
 */
import type Database from 'better-sqlite3';
import type { IfnRecord } from '../../import/ifn';
import type { IllectronismeRecord } from '../../import/illectronisme';
import type { Located } from '../../import/read-import';
import { IMPORT_ILLECTRONISME_SOURCE } from '../../import/sources';
import { IFN_INDICATORS } from '../../catalog/indicators';
import { getRow, type ChangeLog, type Row } from '../db/change-log';
import { ensureSource } from './apply-help-points';
import type { ImportContext, Outcome } from './context';

function upsert(log: ChangeLog, db: Database.Database, row: Row): Outcome {
	if (!getRow(db, 'indicateurs', row)) {
		log.insert('indicateurs', row);
		return 'imported';
	}
	return log.update('indicateurs', row) ? 'updated' : 'unchanged';
}

/** The worst-to-best summary of several row writes for one file row. */
function combine(outcomes: Outcome[]): Outcome {
	for (const o of ['imported', 'updated'] as const) if (outcomes.includes(o)) return o;
	return outcomes.length ? outcomes[0] : 'unchanged';
}

/** Apply IFN records: communes (source ifn-2023) and EPCI (source ifn-epci-2023). */
export function applyIfn(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	records: Located<IfnRecord>[]
): Outcome[] {
	return records.map(({ record: r }) => {
		const epci = r.code.length === 9;
		if (epci ? !ctx.epcis.has(r.code) : !ctx.communes.has(r.code)) return 'skipped';
		const source = epci ? 'ifn-epci-2023' : 'ifn-2023';
		const niveau = epci ? 'epci' : 'commune';
		const results: Outcome[] = [];
		for (const [indicateur, field] of IFN_INDICATORS) {
			const valeur = r[field];
			if (valeur == null) continue;
			results.push(
				upsert(log, db, {
					niveau,
					code: r.code,
					indicateur,
					source,
					valeur,
					methode: 'source',
					millesime: '2023'
				})
			);
		}
		return combine(results);
	});
}

/** Apply illectronisme rates (source `import-illectronisme`, created on first use). */
export function applyIllectronisme(
	db: Database.Database,
	log: ChangeLog,
	ctx: ImportContext,
	records: Located<IllectronismeRecord>[]
): Outcome[] {
	const source = IMPORT_ILLECTRONISME_SOURCE;
	return records.map(({ record: r }) => {
		const inDb =
			r.niveau === 'commune'
				? ctx.communes.has(r.code)
				: r.niveau === 'epci'
					? ctx.epcis.has(r.code)
					: r.niveau === 'departement'
						? ctx.deps.has(r.code)
						: true;
		if (!inDb) return 'skipped';
		ensureSource(db, log, ctx, source);
		return upsert(log, db, {
			niveau: r.niveau,
			code: r.code,
			indicateur: 'illectronisme',
			source,
			valeur: r.taux,
			methode: 'source',
			millesime: r.millesime || ctx.date.slice(0, 4)
		});
	});
}
